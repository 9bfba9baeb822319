/** The documented fields of a data file, read from its JSON Schema, for /data/. */
export interface FieldDoc {
  /** Path such as claims[].appearance.source. */
  name: string;
  type: string;
  description: string;
}

type Node = { type?: string | string[]; const?: unknown; enum?: unknown[]; description?: string; properties?: Record<string, Node>; items?: Node; oneOf?: Node[]; format?: string };

function typeOf(node: Node): string {
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.oneOf) return node.oneOf.map(typeOf).join(' or ');
  const types = [node.type ?? 'any'].flat();
  return types.map((t) => (t === 'string' && node.format ? `${t} (${node.format})` : t)).join(' or ');
}

/** Every property with a description, depth first; arrays of objects continue as name[]. */
export function fieldDocs(schema: Node, prefix = ''): FieldDoc[] {
  const rows: FieldDoc[] = [];
  for (const [key, node] of Object.entries(schema.properties ?? {})) {
    const name = `${prefix}${key}`;
    if (node.description) rows.push({ name, type: typeOf(node), description: node.description });
    const object = node.oneOf?.find((n) => n.properties) ?? node;
    if (object.properties) rows.push(...fieldDocs(object, `${name}.`));
    if (node.items?.properties) rows.push(...fieldDocs(node.items, `${name}[].`));
  }
  return rows;
}
