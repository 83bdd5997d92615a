/**
 * The start of every static help page (help/functions.html, functions.fr.html,
 * sources.html): one place for the strict Content-Security-Policy (no script,
 * no inline style, nothing from another origin), the viewport and help.css.
 */

/**
 * The document up to and including `<body>`.
 * @param lang    BCP 47 tag of the page ("en", "fr")
 * @param title   the page title, already HTML (written by the project, never user input)
 * @param images  true when the page shows images from its own origin (img-src 'self'); otherwise none are allowed
 * @returns the HTML, each tag on its own line, ending with "<body>\n"
 */
export function pageHead(lang: string, title: string, images: boolean): string {
  const csp = `default-src 'none'; style-src 'self'; ${images ? "img-src 'self'; " : ""}base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="help.css">
</head>
<body>
`;
}
