/**
 * What a chart draws, as plain data: the pure layout functions return a
 * Scene and one Astro component renders any Scene as SVG. Coordinates are
 * in viewBox units; links are site paths without the deployment base.
 */
export interface Box { x: number; y: number; width: number; height: number }

export type Anchor = 'start' | 'middle' | 'end';

export interface TextNode {
  kind: 'text';
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  anchor: Anchor;
  size: number;
  bold?: boolean;
  className: string;
}

export type SceneNode =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; className: string; hatched?: boolean }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; className: string }
  | { kind: 'path'; d: string; className: string; transform?: string }
  | TextNode
  | {
      kind: 'link';
      /** Site path, e.g. `sources/hksar-2017-12-07/#p9`. */
      href: string;
      /** Accessible name: says the value and its source. */
      label: string;
      /** The plotted value, for tests and scripts (`data-value`). */
      value?: string;
      /** Drawn around the mark when it has keyboard focus; also the hit area. */
      focus: Box;
      children: SceneNode[];
    };

export interface Scene {
  width: number;
  height: number;
  nodes: SceneNode[];
}

/** Every node of a scene, links' children included. */
export function flatten(nodes: readonly SceneNode[]): SceneNode[] {
  return nodes.flatMap((n) => (n.kind === 'link' ? [n, ...flatten(n.children)] : [n]));
}
