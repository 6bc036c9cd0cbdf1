// yaml-language-server's own language service (what the Red Hat YAML extension runs), in plain
// node, configured with this project's plan.schema.json for every file: the reference the
// bench compares the full check against. Also handed to the extension's bench section so its
// hover and completion rows can be compared with the same service.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

export const SCHEMA_PATH = fileURLToPath(new URL('../plan.schema.json', import.meta.url));

export function ylsVersion() {
  return require('yaml-language-server/package.json').version;
}

export function createYls() {
  const { getLanguageService } = require('yaml-language-server/lib/umd/languageservice/yamlLanguageService');
  const { TextDocument } = require('vscode-languageserver-textdocument');
  const schemaUri = pathToFileURL(SCHEMA_PATH).href;
  const service = getLanguageService({
    // Only local files: the plan's modeline names plan.schema.json by a relative path.
    schemaRequestService: async (uri) => readFileSync(fileURLToPath(uri), 'utf8'),
    workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).href },
  });
  service.configure({
    validate: true,
    hover: true,
    completion: true,
    schemas: [{ uri: schemaUri, fileMatch: ['*'], schema: JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) }],
  });
  let version = 0;
  /**
   * A fresh document version per call, as after an edit: yaml-language-server caches the parse
   * by (uri, version), and an editor revalidates because the text changed.
   */
  const document = (text, uri) => TextDocument.create(uri, 'yaml', ++version, text);
  return {
    service,
    TextDocument,
    document,
    validate: (text, uri) => service.doValidation(document(text, uri), false),
    hover: (text, uri, position) => service.doHover(document(text, uri), position),
    complete: (text, uri, position) => service.doComplete(document(text, uri), position, false),
  };
}
