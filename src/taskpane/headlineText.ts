/**
 * Text of a model card's headline figure, in the pane's language.
 * Formats: percent 1 decimal ("9.0%" / "9,0 %"); usd, shares and count in compact
 * notation with a no-break space before the unit letter, as the models' questions
 * write amounts ("$2 B", "47 M"); multiple 2 decimals with "x"; gw 2 decimals with "GW".
 */
import type { Headline } from "../plan/template";
import type { Strings } from "./strings";

/** "$18.8B" -> "$18.8 B" (U+00A0): English compact notation glues the unit to the number; French already spaces it. */
function unitSpace(text: string): string {
  return text.replace(/(\d)([KMBT])$/, "$1\u00a0$2");
}

/**
 * @param h  a headline from the template's `headlines()`; `value` is a fraction
 *           for "percent", dollars for "usd", a plain number otherwise
 * @returns the formatted value, e.g. "9.0%" (en) or "9,0 %" (fr)
 */
export function headlineValue(h: Headline, s: Strings): string {
  const nf = (o: Intl.NumberFormatOptions): string => new Intl.NumberFormat(s.locale, o).format(h.value);
  switch (h.format) {
    case "percent":
      return nf({ style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
    case "usd":
      return unitSpace(nf({ style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 1 }));
    case "shares":
    case "count":
      return unitSpace(nf({ notation: "compact", maximumFractionDigits: 1 }));
    case "multiple":
      return `${nf({ minimumFractionDigits: 2, maximumFractionDigits: 2 })}x`;
    case "gw":
      return `${nf({ minimumFractionDigits: 2, maximumFractionDigits: 2 })} GW`;
  }
}
