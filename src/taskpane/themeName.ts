/**
 * Light or dark, from the Office theme. Office gives the pane its colours
 * (`Office.context.officeTheme.bodyBackgroundColor`, "#RRGGBB"); a dark body
 * background means a dark theme (Office's "Black" and "Dark Gray").
 * Kept apart from theme.ts, which touches the DOM when imported (Fluent).
 */

export type ThemeName = "light" | "dark";

/** Relative luminance below which a background counts as dark (0 = black, 1 = white). */
const DARK_BELOW = 0.2;

/**
 * @param bodyBackgroundColor "#RRGGBB" (or "RRGGBB"); undefined outside Office -> light
 * @returns "dark" when the background's relative luminance (WCAG 2.x:
 *          0.2126 R + 0.7152 G + 0.0722 B of linearised sRGB channels) is below 0.2
 */
export function themeFromBackground(bodyBackgroundColor: string | undefined): ThemeName {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(bodyBackgroundColor ?? "");
  if (!m) return "light";
  const lin = (h: string): number => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * lin(m[1]) + 0.7152 * lin(m[2]) + 0.0722 * lin(m[3]);
  return luminance < DARK_BELOW ? "dark" : "light";
}
