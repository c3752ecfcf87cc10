/**
 * Writes the admin API's OpenAPI document to a file, for the linters in CI:
 *   tsx src/http/api/v1/write-openapi.ts build/openapi.json
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { API_RESOURCES } from './index';
import { openApiDocument } from './openapi';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: write-openapi.ts <file>');
mkdirSync(dirname(file), { recursive: true });
writeFileSync(
  file,
  JSON.stringify(openApiDocument(API_RESOURCES, 'https://shiftline.example.org'), null, 2),
);
