"""The deck as a PowerPoint file (.pptx, 16:9) made with python-pptx: the *bahan paparan* a presenter
merges into their own slides and edits on the way.

One slide per deck slide. Bar, column, line and pie charts are native PowerPoint charts carrying their
numbers (the presenter restyles them, and "Edit data" opens the numbers), with the chart's title, axis
titles and legend. Maps are 1920x1080 PNG from the slide-image export; KPI figures are text. Every slide
has its source line in a footer and the full citation in the speaker notes; on synthetic data the
watermark lies behind the content (a map's picture carries
its own) and a red badge names it on every slide. Text is in the deck's language and tagged with it (spell check).
The template is python-pptx's plain default: no images, nothing from the internet.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from lxml import etree
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

from ovop_analytics.deck.images import map_png
from ovop_analytics.deck.model import ChartData, Deck, MapData, Slide
from ovop_analytics.i18n import t

WIDTH, HEIGHT = Emu(12192000), Emu(6858000)  # 16:9, 13.333 x 7.5 in (PowerPoint's widescreen)
MARGIN = Inches(0.5)
TITLE_TOP, TITLE_HEIGHT = Inches(0.3), Inches(0.9)
FOOTER_HEIGHT = Inches(0.55)
BODY_TOP = TITLE_TOP + TITLE_HEIGHT + Inches(0.1)
BODY_BOTTOM = HEIGHT - FOOTER_HEIGHT - Inches(0.15)
INK, GREY, RED = RGBColor(0x1A, 0x1A, 0x1A), RGBColor(0x55, 0x55, 0x55), RGBColor(0xB0, 0x00, 0x20)
LANGUAGE_TAGS = {"id": "id-ID", "en": "en-GB"}
CHART_TYPES = {"column": XL_CHART_TYPE.COLUMN_CLUSTERED, "stacked_column": XL_CHART_TYPE.COLUMN_STACKED,
               "bar": XL_CHART_TYPE.BAR_CLUSTERED, "line": XL_CHART_TYPE.LINE_MARKERS, "pie": XL_CHART_TYPE.PIE}
FRAME_SCALE = 0.75  # a timeline period beside the others: 960x540
TITLE_ONLY_LAYOUT = 5  # of python-pptx's default template: a title placeholder, nothing else


def _rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#").upper()[:6])


def _write(frame, lines: Sequence[str], lang: str, size: float, *, bold: bool = False,  # noqa: ANN001
           colour: RGBColor = INK, align: PP_ALIGN | None = None, space_after: float = 0) -> None:
    """Plain text into a text frame, one paragraph per line, each run tagged with the language."""
    frame.word_wrap = True
    for index, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        if align is not None:
            paragraph.alignment = align
        if space_after:
            paragraph.space_after = Pt(space_after)
        run = paragraph.add_run()
        run.text = line
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.color.rgb = colour
        run.font._rPr.set("lang", LANGUAGE_TAGS.get(lang, lang))


def _write_more(frame, lines: Sequence[str], lang: str, size: float, colour: RGBColor = INK) -> None:  # noqa: ANN001
    """Further paragraphs after what a text frame holds."""
    for line in lines:
        run = frame.add_paragraph().add_run()
        run.text = line
        run.font.size = Pt(size)
        run.font.color.rgb = colour
        run.font._rPr.set("lang", LANGUAGE_TAGS.get(lang, lang))


def _text_box(slide, left: int, top: int, width: int, height: int, lines: Sequence[str], lang: str,  # noqa: ANN001
              size: float, **style):  # noqa: ANN003, ANN202
    box = slide.shapes.add_textbox(left, top, width, height)
    box.text_frame.margin_left = box.text_frame.margin_right = 0
    _write(box.text_frame, lines, lang, size, **style)
    return box


def _title(slide, text: str, lang: str) -> None:  # noqa: ANN001
    shape = slide.shapes.title
    shape.left, shape.top, shape.width, shape.height = MARGIN, TITLE_TOP, WIDTH - 2 * MARGIN - Inches(3), TITLE_HEIGHT
    frame = shape.text_frame
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    _write(frame, [text], lang, 30, bold=True, align=PP_ALIGN.LEFT)


def _kpis(slide, slide_data: Slide, lang: str, left: int, top: int, width: int, height: int,  # noqa: ANN001
          columns: int) -> None:
    """KPI figures as text in light boxes: label, value, note."""
    rows = -(-len(slide_data.kpis) // columns)
    gap = Inches(0.2)
    cell_w = (width - gap * (columns - 1)) // columns
    cell_h = (height - gap * (rows - 1)) // rows
    for index, kpi in enumerate(slide_data.kpis):
        row, column = divmod(index, columns)
        box = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, left + column * (cell_w + gap),
                                     top + row * (cell_h + gap), cell_w, cell_h)
        box.adjustments[0] = 0.08
        box.fill.solid()
        box.fill.fore_color.rgb = RGBColor(0xF5, 0xF7, 0xFA)
        box.line.color.rgb = RGBColor(0xD0, 0xD0, 0xD0)
        box.shadow.inherit = False
        frame = box.text_frame
        frame.vertical_anchor = MSO_ANCHOR.TOP
        frame.margin_left = frame.margin_right = Inches(0.15)
        _write(frame, [kpi.label], lang, 16, colour=GREY)
        paragraph = frame.add_paragraph()
        run = paragraph.add_run()
        run.text = kpi.value
        run.font.size = Pt(40 if columns <= 2 else 32)
        run.font.bold = True
        run.font.color.rgb = INK
        run.font._rPr.set("lang", LANGUAGE_TAGS.get(lang, lang))
        if kpi.note:
            paragraph = frame.add_paragraph()
            run = paragraph.add_run()
            run.text = kpi.note
            run.font.size = Pt(12)
            run.font.color.rgb = GREY
            run.font._rPr.set("lang", LANGUAGE_TAGS.get(lang, lang))
        for paragraph in frame.paragraphs:
            paragraph.alignment = PP_ALIGN.LEFT


def _chart(slide, chart: ChartData, left: int, top: int, width: int, height: int) -> None:  # noqa: ANN001
    """A native chart with its numbers, title, axis titles, legend and the page's colours."""
    data = CategoryChartData(number_format="#,##0")
    data.categories = list(chart.categories)
    value_title = chart.x_title if chart.kind == "bar" else chart.y_title  # a horizontal bar's values run along x
    for series in chart.series:  # a lone unnamed series is named by what it counts ("Edit data" shows it)
        data.add_series(series.name or value_title or chart.title, list(series.values))
    frame = slide.shapes.add_chart(CHART_TYPES[chart.kind], left, top, width, height, data)
    native = frame.chart
    native.font.size = Pt(13)
    native.has_title = True
    native.chart_title.text_frame.text = chart.title
    native.chart_title.text_frame.paragraphs[0].runs[0].font.size = Pt(18)
    native.chart_title.text_frame.paragraphs[0].runs[0].font.bold = True
    several = len(chart.series) > 1
    native.has_legend = several or chart.kind == "pie"
    if native.has_legend:
        native.legend.position = XL_LEGEND_POSITION.RIGHT
        native.legend.include_in_layout = False
    if chart.kind != "pie":
        category_title, value_title = (chart.y_title, chart.x_title) if chart.kind == "bar" else (chart.x_title,
                                                                                                  chart.y_title)
        for axis, title in ((native.category_axis, category_title), (native.value_axis, value_title)):
            if title:
                axis.has_title = True
                axis.axis_title.text_frame.text = title
                axis.axis_title.text_frame.paragraphs[0].runs[0].font.size = Pt(13)
        native.value_axis.has_major_gridlines = True
        native.value_axis.tick_labels.number_format = "#,##0"
        native.value_axis.tick_labels.number_format_is_linked = False
    plot = native.plots[0]
    if chart.kind in ("column", "bar", "stacked_column"):
        plot.gap_width = 60
        if chart.kind == "stacked_column":
            plot.overlap = 100
    if not several and chart.kind != "pie":
        plot.has_data_labels = True
        plot.data_labels.number_format = "#,##0"
        plot.data_labels.number_format_is_linked = False
        plot.data_labels.font.size = Pt(12)
    for series, drawn in zip(chart.series, plot.series):
        if chart.kind == "line":
            drawn.smooth = False
            if series.colour:
                drawn.format.line.color.rgb = _rgb(series.colour)
                drawn.format.line.width = Pt(2.5)
                drawn.marker.format.fill.solid()
                drawn.marker.format.fill.fore_color.rgb = _rgb(series.colour)
            continue
        if series.colour:
            drawn.format.fill.solid()
            drawn.format.fill.fore_color.rgb = _rgb(series.colour)
        for index, colour in enumerate(series.point_colours or ()):
            point = drawn.points[index]
            point.format.fill.solid()
            point.format.fill.fore_color.rgb = _rgb(colour)


def _map(slide, data: MapData, lang: str, left: int, top: int, width: int, height: int) -> None:  # noqa: ANN001
    """One map at 1920x1080 fitted to the box; a timeline's periods side by side, each with its label."""
    frames = data.frames
    columns = 1 if len(frames) == 1 else (2 if len(frames) <= 4 else 3)
    rows = -(-len(frames) // columns)
    gap = Inches(0.1)
    cell_w = (width - gap * (columns - 1)) // columns
    cell_h = (height - gap * (rows - 1)) // rows
    picture_w = min(cell_w, int(cell_h * 16 / 9))
    picture_h = int(picture_w * 9 / 16)
    for index, frame in enumerate(frames):
        row, column = divmod(index, columns)
        x = left + column * (cell_w + gap) + (cell_w - picture_w) // 2
        y = top + row * (cell_h + gap) + (cell_h - picture_h) // 2
        # A timeline's periods share the slide: each is drawn at 960x540, ample for a third of its width.
        png = map_png(frame.spec) if len(frames) == 1 else map_png(frame.spec, scale=FRAME_SCALE)
        picture = slide.shapes.add_picture(io.BytesIO(png), x, y, picture_w, picture_h)
        picture.name = (t("deck_map_alt", lang, title=data.title) + (f" · {frame.label}" if frame.label else ""))[:250]
        picture._element.nvPicPr.cNvPr.set("descr", picture.name)


def _watermark(slide, text: str, lang: str) -> None:  # noqa: ANN001
    """The synthetic-data mark across the slide, faint and behind everything (charts stay clickable)."""
    box = slide.shapes.add_textbox(Inches(1.2), Inches(3.0), WIDTH - Inches(2.4), Inches(1.4))
    box.rotation = -18
    _write(box.text_frame, [text], lang, 60, bold=True, colour=RED, align=PP_ALIGN.CENTER)
    colour = box.text_frame.paragraphs[0].runs[0].font._rPr.find(qn("a:solidFill")).find(qn("a:srgbClr"))
    etree.SubElement(colour, qn("a:alpha")).set("val", "16000")
    box.name = "Watermark"
    tree = slide.shapes._spTree
    tree.remove(box._element)
    tree.insert(2, box._element)  # after the group's own properties: drawn first, under the content


def _slide(prs: Presentation, deck: Deck, data: Slide) -> None:
    lang = deck.lang
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY_LAYOUT])
    _title(slide, data.title, lang)
    if deck.synthetic:
        if data.map is None:  # a map's picture carries its own watermark, and would hide this one in patches
            _watermark(slide, deck.watermark, lang)
        badge = _text_box(slide, WIDTH - MARGIN - Inches(3.2), Inches(0.25), Inches(3.2), Inches(0.4),
                          [deck.watermark], lang, 14, bold=True, colour=RED, align=PP_ALIGN.RIGHT)
        badge.name = "Synthetic data"
    left, width = MARGIN, WIDTH - 2 * MARGIN
    top = BODY_TOP
    if data.subtitle:
        _text_box(slide, left, top - Inches(0.1), width, Inches(0.4), [data.subtitle], lang, 16, colour=GREY)
        top += Inches(0.4)
    bottom = BODY_BOTTOM
    notices = list(data.notices)
    if notices:
        height = Inches(0.35) * len(notices) + Inches(0.1)
        _text_box(slide, left, bottom - height, width, height, notices, lang, 14, colour=GREY)
        bottom -= height
    if data.chart is not None:
        chart_left, chart_width = left, width
        if data.kpis and len(data.kpis) <= 2:  # KPIs beside the chart
            side = int(width * 0.27)
            _kpis(slide, data, lang, left, top, side, min(bottom - top, Inches(3.6)), 1)
            chart_left, chart_width = left + side + Inches(0.3), width - side - Inches(0.3)
        elif data.kpis:
            _kpis(slide, data, lang, left, top, width, Inches(1.6), len(data.kpis))
            top += Inches(1.8)
        if data.chart.markers:
            side = Inches(3.0)
            _text_box(slide, chart_left + chart_width - side, top + Inches(0.5), side, bottom - top - Inches(0.5),
                      list(data.chart.markers), lang, 13, colour=INK, space_after=3)
            chart_width -= side + Inches(0.2)
        _chart(slide, data.chart, chart_left, top, chart_width, bottom - top)
    elif data.kpis:
        _kpis(slide, data, lang, left, top + Inches(0.2), width, min(bottom - top - Inches(0.4), Inches(4.2)), 2)
    if data.map is not None:
        _map(slide, data.map, lang, left, top, width, bottom - top)
    if data.lines or data.details:  # the sources slide: its lines, then the sources in full in two columns
        lines = [*data.lines, *([data.made] if data.made else [])]
        lines_height = min(Inches(0.36) * len(lines) + Inches(0.6), (bottom - top) // 2 + Inches(0.6))
        _text_box(slide, left, top, width, lines_height, lines, lang, 14, space_after=3)
        if data.details:
            box = _text_box(slide, left, top + lines_height, width, bottom - top - lines_height, data.details[:1],
                            lang, 11, bold=True, colour=GREY)
            box.text_frame._txBody.bodyPr.set("numCol", "2")
            box.text_frame._txBody.bodyPr.set("spcCol", str(Inches(0.3)))
            _write_more(box.text_frame, data.details[1:], lang, 9, colour=GREY)
    footer = slide.shapes.add_textbox(MARGIN, HEIGHT - FOOTER_HEIGHT - Inches(0.05), WIDTH - 2 * MARGIN, FOOTER_HEIGHT)
    footer.name = "Source"
    footer.text_frame.margin_left = footer.text_frame.margin_right = 0
    footer.text_frame.vertical_anchor = MSO_ANCHOR.BOTTOM
    _write(footer.text_frame, [data.source], lang, 10, colour=GREY)
    notes = slide.notes_slide.notes_text_frame
    _write(notes, [t("deck_notes_source", lang), *data.citation], lang, 12)


def deck_pptx(deck: Deck) -> bytes:
    """The whole deck as .pptx bytes."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(WIDTH), Emu(HEIGHT)
    properties = prs.core_properties
    properties.title = f"{deck.title} · {deck.dataset}"[:255]
    properties.author = properties.last_modified_by = f"OVOP Analytics {deck.version}"
    properties.language = LANGUAGE_TAGS.get(deck.lang, deck.lang)
    properties.comments = deck.made_line
    properties.keywords = "OVOP"
    for data in deck.slides:
        _slide(prs, deck, data)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()
