/**
 * Formulas and numbers as a French-locale Excel shows them: French function
 * names (src/functions/french.ts), ";" between arguments, a decimal comma and a
 * no-break space between thousands. Used by the task pane in French, the French
 * functions.json and the French help page; the formulas the pane writes stay
 * English (`Range.formulas` takes English syntax in every locale).
 */
import { FRENCH } from "./french";

/** U+00A0: the thousands separator French Excel shows (a space that never breaks a number). */
const NBSP = "\u00a0";

/**
 * An English formula of literal arguments ("=AIF.DEAL_STAKE(2000000000, 87.2, "stake")")
 * in French syntax ("=AIF.PARTICIPATION_APRES_EMISSION(2000000000; 87,2; "stake")").
 * Text in double quotes is left as typed (the functions read those values in English).
 * @param formula an English formula; AIF ids the French table lacks keep their English name
 */
export function frenchFormula(formula: string): string {
  // Split on string literals: even parts are formula text, odd parts are "quoted".
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      return part
        .replace(/\bAIF\.([A-Z][A-Z0-9_]*)\(/gi, (m, id: string) => {
          const fr = FRENCH[id.toUpperCase()];
          return fr ? `AIF.${fr.name}(` : m;
        })
        .replace(/,/g, ";")
        .replace(/(\d)\.(\d)/g, "$1,$2")
        .replace(/\bTRUE\b/g, "VRAI")
        .replace(/\bFALSE\b/g, "FAUX");
    })
    .join("");
}

/**
 * A number as displayed in English ("22,935,779.8165138", "-495", "0.55") as a
 * French Excel displays it ("22 935 779,8165138" with no-break spaces, "-495", "0,55").
 * Anything that is not such a number (an error value, text) is returned unchanged.
 */
export function frenchNumber(shown: string): string {
  if (!/^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$/.test(shown)) return shown;
  return shown.replace(/,/g, NBSP).replace(".", ",");
}

/** U+202F: the narrow no-break space of French typography before ? ! ; : and inside « ». */
const NNBSP = "\u202f";

/**
 * French text with the spaces French typography keeps unbroken: before ? ! ; :
 * and inside « » (a plain space there lets the sign wrap onto a line of its own).
 * Formulas are left alone: call it on prose, not on frenchFormula's output.
 */
export function frenchSpaces(text: string): string {
  return text
    .replace(/ ([?!;:])(?=\s|$)/g, `${NNBSP}$1`)
    .replace(/« /g, `«${NNBSP}`)
    .replace(/ »/g, `${NNBSP}»`);
}
