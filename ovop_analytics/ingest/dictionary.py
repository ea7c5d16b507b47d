"""The upload data dictionary: columns, their Indonesian and English names, allowed values and aliases.

One table drives everything a user sees about the file format: header matching, the downloadable
template, the dictionary shown on the Upload page and the value synonyms (e.g. 'mamin' for
makanan_minuman). Headers are matched case- and punctuation-insensitively, so `Kabupaten/Kota`,
`Nama IKM` and `KOMODITAS` are understood.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass

import pandas as pd

from ovop_analytics import commodities

PROGRAMS = ("kemenkop_ovop", "kemenperin_ovop_award")
COMMODITY_GROUPS = tuple(code for code, _, _ in commodities.COMMODITY_GROUPS)  # the codes a file may hold
YEAR_MIN = 2006  # OVOP began in Indonesia in 2006: an earlier year is a typing error


@dataclass(frozen=True)
class Field:
    """One column of the upload format. `name` is the English name used by exports and the database."""

    name: str
    header_id: str  # the Indonesian header the template uses
    aliases: tuple[str, ...]
    kind: str  # 'code' | 'text' | 'year' | 'choice' | 'star'
    required: str
    allowed: str
    description_id: str
    description_en: str
    example: str


FIELDS: tuple[Field, ...] = (
    Field("region_code", "kode_wilayah",
          ("kode_wilayah", "kode", "kode_daerah", "kode_kemendagri", "kode_wilayah_kemendagri", "region_code",
           "code", "area_code"),
          "code", "salah satu kolom wilayah / one of the region columns",
          "kode Kemendagri: 33 (provinsi) atau 33.02 (kabupaten/kota); 3302 dan 33,02 juga diterima",
          "Kode wilayah Kemendagri. Jika diisi, kode dipakai dan nama wilayah diabaikan.",
          "Kemendagri region code. When given it is used and the region names are ignored.", "34.71"),
    Field("province", "provinsi",
          ("provinsi", "propinsi", "prov", "nama_provinsi", "province", "province_name"),
          "text", "salah satu kolom wilayah / one of the region columns",
          "nama provinsi, juga singkatan umum (DIY, Kep. Riau, Jateng)",
          "Nama provinsi. Tanpa kabupaten/kota, data dicatat di tingkat provinsi.",
          "Province name. Without a kabupaten/kota the record is kept at province level.", "DI Yogyakarta"),
    Field("kabupaten_kota", "kabupaten_kota",
          ("kabupaten_kota", "kabupaten/kota", "kab_kota", "kabkota", "kabkot", "kabupaten", "kota",
           "nama_kabupaten_kota", "regency", "regency_city", "city", "district"),
          "text", "salah satu kolom wilayah / one of the region columns",
          "nama kabupaten/kota, mis. Kab. Banyumas, KOTA SEMARANG",
          "Nama kabupaten/kota; dicocokkan di dalam provinsinya bila kolom provinsi diisi.",
          "Kabupaten/kota name; matched within its province when the province column is filled.",
          "Kota Yogyakarta"),
    Field("year", "tahun",
          ("tahun", "thn", "tahun_penetapan", "tahun_penghargaan", "year", "award_year"),
          "year", "ya / yes",
          f"satu tahun, {YEAR_MIN} sampai tahun ini; bukan rentang seperti 2019/2020",
          "Tahun penetapan OVOP atau tahun putaran penghargaan. Satu tahun per baris.",
          "Year of the OVOP designation or award round. One year per row.", "2015"),
    Field("program", "program",
          ("program", "program_ovop", "skema", "scheme"),
          "choice", "ya, kecuali diberikan untuk seluruh berkas / yes, unless given for the whole file",
          ", ".join(PROGRAMS),
          "kemenkop_ovop: penetapan OVOP Kementerian Koperasi dan UKM; kemenperin_ovop_award: "
          "Penghargaan IKM OVOP Kementerian Perindustrian.",
          "kemenkop_ovop: OVOP designation by the Ministry of Cooperatives and SMEs; kemenperin_ovop_award: "
          "IKM OVOP award of the Ministry of Industry.", "kemenperin_ovop_award"),
    Field("commodity_group", "komoditas",
          ("komoditas", "kelompok_komoditas", "kelompok", "kategori", "commodity_group", "commodity",
           "category"),
          "choice", "tidak / no", ", ".join(COMMODITY_GROUPS),
          "Kelompok komoditas Kemenperin; ejaan umum diterima (Makanan & Minuman, mamin, batik, tenun, "
          "keramik/gerabah).",
          "Kemenperin commodity group; common spellings are accepted (Makanan & Minuman, mamin, batik, "
          "tenun, keramik/gerabah).", "kain_batik"),
    Field("type", "jenis",
          ("jenis", "jenis_ovop", "jenis_produk", "type", "ovop_type", "type_code", "kode_jenis"),
          "text", "tidak / no", "teks bebas / free text",
          "Jenis OVOP (kode atau nama), dipakai untuk menghitung jenis per wilayah.",
          "OVOP type (code or name), used to count types per region.", "Batik tulis"),
    Field("star", "bintang",
          ("bintang", "jumlah_bintang", "peringkat", "star", "stars", "rating"),
          "star", "tidak / no", "1 sampai 5; juga '5 bintang' dan '★★★★★'",
          "Peringkat bintang Penghargaan IKM OVOP.", "Star rating of the IKM OVOP award.", "5"),
    Field("entity_name", "nama_ikm",
          ("nama_ikm", "ikm", "nama_usaha", "nama_perusahaan", "nama", "entity_name", "entity", "company"),
          "text", "tidak / no", "teks bebas / free text",
          "Nama IKM (industri kecil dan menengah) atau kelompok usaha.",
          "Name of the small or medium industry (IKM) or producer group.", "Batik Winotosastro"),
    Field("product", "produk",
          ("produk", "nama_produk", "produk_unggulan", "product", "product_name"),
          "text", "tidak / no", "teks bebas / free text", "Produk yang ditetapkan atau dinilai.",
          "The product designated or assessed.", "Batik tulis pewarna alam"),
    Field("source", "sumber",
          ("sumber", "sumber_data", "tautan", "link", "url", "source", "source_url"),
          "text", "tidak / no", "teks bebas atau URL / free text or URL",
          "Sumber data (judul atau alamat web), agar angka dapat ditelusuri.",
          "Where the record comes from (title or web address), so figures can be traced.",
          "https://ekonomi.bisnis.com/read/20151222/87/504290/"),
)
REGION_FIELDS = ("region_code", "province", "kabupaten_kota")

# Value synonyms, keyed by `value_key` form (lower case, '&' read as 'dan', punctuation as spaces).
COMMODITY_SYNONYMS: dict[str, str] = {
    **{key: "makanan_minuman" for key in (
        "makanan minuman", "makanan dan minuman", "mamin", "makmin", "makanan", "minuman", "pangan",
        "olahan pangan", "makanan olahan", "food", "food and beverages", "food and beverage",
        "food beverages", "food beverage", "f dan b", "fnb")},
    **{key: "kain_tenun" for key in (
        "kain tenun", "tenun", "tenunan", "tenun ikat", "kerajinan tenun", "songket", "ulos",
        "woven cloth", "woven fabric", "weaving")},
    **{key: "kain_batik" for key in ("kain batik", "batik", "kerajinan batik", "batik cloth")},
    **{key: "anyaman" for key in (
        "anyaman", "anyam", "anyam anyaman", "kerajinan anyaman", "anyaman bambu", "anyaman rotan",
        "plaiting", "basketry", "woven crafts")},
    **{key: "gerabah" for key in (
        "gerabah", "keramik", "keramik gerabah", "gerabah keramik", "gerabah dan keramik",
        "keramik dan gerabah", "tembikar", "kerajinan gerabah", "earthenware", "pottery", "ceramics")},
}
PROGRAM_SYNONYMS: dict[str, str] = {
    **{key: "kemenkop_ovop" for key in (
        "kemenkop ovop", "kemenkop", "kemenkop ukm", "kemenkopukm", "kementerian koperasi dan ukm",
        "kementerian koperasi", "ovop kemenkop", "penetapan ovop", "designation")},
    **{key: "kemenperin_ovop_award" for key in (
        "kemenperin ovop award", "kemenperin", "kementerian perindustrian", "penghargaan ikm ovop",
        "penghargaan ovop", "ovop award", "award", "ikm ovop", "ovop kemenperin")},
}


def header_key(text: object) -> str:
    """'Kabupaten/Kota ' -> 'kabupatenkota': accents, case, spaces and punctuation do not matter."""
    folded = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "", folded)


def value_key(text: object) -> str:
    """'Makanan & Minuman' -> 'makanan dan minuman': the form value synonyms are written in."""
    folded = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().lower()
    folded = folded.replace("&", " dan ")
    return re.sub(r"[^a-z0-9]+", " ", folded).strip()


_ALIAS_TO_FIELD: dict[str, str] = {header_key(alias): field.name for field in FIELDS for alias in field.aliases}
for _field in FIELDS:
    _ALIAS_TO_FIELD[header_key(_field.name)] = _field.name


def field_for_header(text: object) -> str | None:
    """The field a header cell names, or None when it is not one of ours."""
    return _ALIAS_TO_FIELD.get(header_key(text))


def header_score(cells: list[str]) -> int:
    """How many distinct known columns a row names: the header row is the first that names two."""
    return len({field for field in map(field_for_header, cells) if field is not None})


@dataclass(frozen=True)
class HeaderMap:
    """Which column of the file holds which field, and what is left over."""

    columns: dict[str, int]  # field name -> column index in the file
    header: list[str]  # the header row as written
    ignored: list[str]  # headers that name none of our fields (or are empty)
    duplicated: dict[str, list[str]]  # field -> the two or more headers that both name it

    def header_of(self, field: str) -> str:
        return self.header[self.columns[field]]


def map_header(header: list[str]) -> HeaderMap:
    """Match every header cell to a field; two headers naming one field are reported, never guessed."""
    columns: dict[str, int] = {}
    duplicated: dict[str, list[str]] = {}
    ignored: list[str] = []
    for index, cell in enumerate(header):
        field = field_for_header(cell)
        if field is None:
            if str(cell).strip():
                ignored.append(str(cell))
            continue
        if field in columns:
            duplicated.setdefault(field, [header[columns[field]]]).append(cell)
            continue
        columns[field] = index
    return HeaderMap(columns, list(header), ignored, duplicated)


def data_dictionary() -> pd.DataFrame:
    """The upload format as a table: one row per column, with Bahasa Indonesia and English descriptions."""
    return pd.DataFrame([{
        "column": field.header_id,
        "column_en": field.name,
        "aliases": ", ".join(a for a in field.aliases if a not in (field.header_id, field.name)),
        "type": field.kind,
        "required": field.required,
        "allowed_values": field.allowed,
        "description_id": field.description_id,
        "description_en": field.description_en,
        "example": field.example,
    } for field in FIELDS])


# Two published facts (reference dataset F30 and F31) so the template shows real, checkable rows.
_TEMPLATE_ROWS = (
    {"kode_wilayah": "34.71", "provinsi": "DI Yogyakarta", "kabupaten_kota": "Kota Yogyakarta",
     "tahun": "2015", "program": "kemenperin_ovop_award", "komoditas": "kain_batik", "jenis": "Batik tulis",
     "bintang": "5", "nama_ikm": "Batik Winotosastro", "produk": "Batik tulis (natural dyes)",
     "sumber": "https://ekonomi.bisnis.com/read/20151222/87/504290/"
               "kemenperin-berikan-penghargaan-ovop-kepada-110-industri-kecil"},
    {"kode_wilayah": "52.01", "provinsi": "Nusa Tenggara Barat", "kabupaten_kota": "Kabupaten Lombok Barat",
     "tahun": "2015", "program": "kemenperin_ovop_award", "komoditas": "anyaman", "jenis": "Anyaman ketak",
     "bintang": "5", "nama_ikm": "UD Mawar Art Shop", "produk": "Anyaman ketak",
     "sumber": "https://ekonomi.bisnis.com/read/20151222/87/504290/"
               "kemenperin-berikan-penghargaan-ovop-kepada-110-industri-kecil"},
)


def template_csv(with_examples: bool = True) -> bytes:
    """The downloadable template: Indonesian headers and two real example rows, UTF-8 with a BOM for Excel."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=[field.header_id for field in FIELDS], lineterminator="\r\n")
    writer.writeheader()
    if with_examples:
        writer.writerows(_TEMPLATE_ROWS)
    return buffer.getvalue().encode("utf-8-sig")
