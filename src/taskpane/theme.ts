/** Apply the Office theme to the pane: Fluent design tokens and the pane's own CSS. */
import { webDarkTheme, webLightTheme } from "@fluentui/tokens";
import { setTheme } from "@fluentui/web-components/theme/set-theme.js";
import type { ThemeName } from "./themeName";

/** Set Fluent's tokens globally and `data-theme` / `color-scheme` for taskpane.css. */
export function applyTheme(doc: Document, theme: ThemeName): void {
  setTheme(theme === "dark" ? webDarkTheme : webLightTheme);
  doc.documentElement.dataset.theme = theme;
  doc.documentElement.style.colorScheme = theme;
}
