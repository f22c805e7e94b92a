import { z } from 'zod';
import { scenarioFileSchema } from './schema';

/**
 * The published description of the file format, generated from the zod schema so
 * the two cannot disagree. Cross-field rules (salvage at most cost, shares adding up to 1, ids
 * that exist...) are not expressible in JSON Schema; the schema's descriptions state them.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioFileSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

/** The text committed as assets/schema/scenario.schema.json. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
