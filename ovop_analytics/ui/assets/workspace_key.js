export default function (component) {
  const { data, setStateValue } = component;
  const NAME = "ovop_workspace";
  const valid = (key) => typeof key === "string" && /^[0-9a-f]{32}$/.test(key);
  const cookie = () => {
    const found = document.cookie.split("; ").find((part) => part.startsWith(NAME + "="));
    return found ? found.slice(NAME.length + 1) : null;
  };
  let key = null;
  try { key = window.localStorage.getItem(NAME); } catch (error) { key = null; }
  if (!valid(key)) { key = cookie(); }
  if (data && valid(data.adopt)) { key = data.adopt; }
  if (!valid(key)) {
    const bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    key = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }
  try { window.localStorage.setItem(NAME, key); } catch (error) { /* private mode: the cookie still holds it */ }
  document.cookie = NAME + "=" + key + "; path=/; max-age=34560000; SameSite=Strict";
  if (!data || data.known !== key) { setStateValue("key", key); }
}
