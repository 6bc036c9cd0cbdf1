// The .docx writer as a bundle of its own (dist/docx.js, scripts/build.mjs): the `docx` library is
// about 230 KiB minified, so the extension loads it only when a drafter exports a document
// (src/adapter/docxWriter.ts), never at activation or for a check.
export { writeDocx } from '@kehoach/schema/docx';
// And the .docx reader of `kehoach import` (mammoth), for the import command: Node only too.
export { readDocx } from '@kehoach/schema/import-docx';
