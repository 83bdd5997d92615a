/**
 * Follow the Office theme. Office gives the pane its colours
 * (`Office.context.officeTheme.bodyBackgroundColor`, "#RRGGBB"); a dark body
 * background means a dark theme (Office's "Black" and "Dark Gray").
 */
import { webDarkTheme, webLightTheme } from "@fluentui/tokens";
import { setTheme } from "@fluentui/web-components";

export type ThemeName = "light" | "dark";

/**
 * Light or dark from Office's body background colour.
 * @param bodyBackgroundColor "#RRGGBB" (or "RRGGBB"); undefined outside Office -> light
 * @returns "dark" when the relative luminance (WCAG 2.x formula) is below 0.2
 */
export function themeFromBackground(bodyBackgroundColor: string | undefined): ThemeName {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(bodyBackgroundColor ?? "");
  if (!m) return "light";
  const lin = (h: string): number => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * lin(m[1]) + 0.7152 * lin(m[2]) + 0.0722 * lin(m[3]);
  return luminance < 0.2 ? "dark" : "light";
}

/** Apply the theme: Fluent design tokens plus `data-theme` for the pane's own CSS. */
export function applyTheme(doc: Document, theme: ThemeName): void {
  setTheme(theme === "dark" ? webDarkTheme : webLightTheme);
  doc.documentElement.dataset.theme = theme;
  doc.documentElement.style.colorScheme = theme;
}
