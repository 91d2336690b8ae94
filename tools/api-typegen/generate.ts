/**
 * TypeScript types for a client of the Lianban API, generated from its OpenAPI description by
 * openapi-typescript (with the TypeScript 5 compiler API it needs, installed beside this file).
 * A binary body — an upload's `file` part, a downloaded notice or material — becomes a Blob, as
 * fetch and FormData take and give it.
 */
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';

const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'));

/** The types of `document`: a URL to fetch it from, or the document itself. */
export async function generateApiTypes(document: URL | Record<string, unknown>): Promise<string> {
  const nodes = await openapiTS(document as Parameters<typeof openapiTS>[0], {
    transform(schemaObject) {
      if (schemaObject.format === 'binary') return BLOB;
      return undefined;
    },
  });
  return astToString(nodes);
}
