import type { Chord, ChordSubgroup } from 'd3-chord';
import { chordDirected, ribbonArrow } from 'd3-chord';
import { arc } from 'd3-shape';
import type { DispatchNetwork } from './network';

/** A chord diagram as plain SVG geometry, computed at build time: the page only draws it. */
export interface ChordDiagram {
  /** Side of the square `viewBox`, centred on 0,0: `-size/2 -size/2 size size`. */
  size: number;
  /** One arc per organisation that sent or received a dispatch, its length their total. */
  groups: {
    id: string;
    name: string;
    sent: number;
    received: number;
    path: string;
    /** Where its name goes, outside the ring; `anchor` is the SVG `text-anchor`. */
    label: { x: number; y: number; anchor: 'start' | 'end' };
  }[];
  /** One arrow-headed ribbon per link, from the sending to the receiving organisation. */
  ribbons: { source: string; target: string; value: number; path: string }[];
}

export interface ChordOptions {
  size?: number;
  /** Room between the ring and the edge of the picture, for the names. */
  margin?: number;
  ringWidth?: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Paths to two decimals: the same picture, a fraction of the bytes. */
function roundPath(path: string | null | void): string {
  return (path ?? '').replace(/-?\d+\.\d+(e-?\d+)?/g, (number) => String(round(Number(number))));
}

export function chordDiagram(network: DispatchNetwork, options: ChordOptions = {}): ChordDiagram {
  const { size = 640, margin = 120, ringWidth = 14 } = options;
  const outer = size / 2 - margin;
  const inner = outer - ringWidth;
  // Only organisations that took part: an empty arc would still take padding.
  const nodes = network.nodes.filter((node) => node.sent + node.received > 0);
  const place = new Map(nodes.map((node, i) => [node.id, i]));
  const matrix = nodes.map(() => nodes.map(() => 0));
  for (const link of network.links) matrix[place.get(link.source)!][place.get(link.target)!] = link.value;

  const layout = chordDirected().padAngle(nodes.length > 1 ? 0.04 : 0)(matrix);
  const ring = arc<{ startAngle: number; endAngle: number }>().innerRadius(inner).outerRadius(outer);
  const ribbon = ribbonArrow<Chord, ChordSubgroup>()
    .radius(inner - 1)
    .headRadius(Math.min(10, inner / 10));
  return {
    size,
    groups: layout.groups.map((group) => {
      const node = nodes[group.index];
      const middle = (group.startAngle + group.endAngle) / 2;
      const distance = outer + 8;
      return {
        id: node.id,
        name: node.name,
        sent: node.sent,
        received: node.received,
        path: roundPath(ring(group)),
        label: {
          x: round(Math.sin(middle) * distance),
          y: round(-Math.cos(middle) * distance),
          anchor: middle > Math.PI ? 'end' : 'start',
        },
      };
    }),
    ribbons: layout.map((chord) => ({
      source: nodes[chord.source.index].id,
      target: nodes[chord.target.index].id,
      value: chord.source.value,
      path: roundPath(ribbon(chord)),
    })),
  };
}
