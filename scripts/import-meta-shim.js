// Injected into the CommonJS bundle of the CLI: `import.meta.url` of the ES module sources.
export const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
