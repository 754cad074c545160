import { describe, expect, it } from 'vitest';
import { chordDiagram } from '../../src/domain/network/chord';
import { dispatchNetwork } from '../../src/domain/network/network';
import { facilitator, handbook, report, request, shuffled } from './helpers/handbook-builder';

const people = [
  facilitator('kankyo', { department: 'kankyo-seikatsu' }),
  facilitator('nanbu', { department: 'kendo-seibi-nanbu' }),
  facilitator('hokubu', { department: 'kenko-fukushi-hokubu' }),
  facilitator('somu', { department: 'somu' }),
];
const content = handbook({
  facilitators: people,
  requests: [
    // 健康福祉部 asks: 環境生活部 and 県土整備部 (through its regional office) help; its own regional office does not count.
    request('r1', {
      status: 'done',
      assigned: ['kankyo', 'nanbu', 'hokubu'],
      sessions: [{ date: '2026-06-10' }],
    }),
    request('r2', { status: 'matched', assigned: ['kankyo'] }),
    request('gone', { status: 'cancelled', assigned: ['somu'] }),
    // 県土整備部's regional office asks 健康福祉部 for help.
    request('r3', { department: 'kendo-seibi-nanbu', host: 'nanbu', status: 'open', assigned: ['host'] }),
  ],
  reports: [
    // The report of r1 names kankyo again (counted once) and somu, who joined without being assigned.
    report('of-r1', { request: 'r1', date: '2026-06-10', facilitators: ['host', 'kankyo', 'somu'] }),
    report('own', { department: 'kankyo-seikatsu', facilitators: ['kankyo', 'nanbu'] }),
    report('of-gone', { request: 'gone', facilitators: ['somu'] }),
  ],
});

describe('the dispatch network', () => {
  const network = dispatchNetwork(content);

  it('has one node per organisation, with what it sent and received', () => {
    expect(network.nodes).toEqual([
      { id: 'kenko-fukushi', name: '健康福祉部', sent: 1, received: 4 },
      { id: 'kankyo-seikatsu', name: '環境生活部', sent: 2, received: 1 },
      { id: 'kendo-seibi', name: '県土整備部', sent: 2, received: 1 },
      { id: 'somu', name: '総務部', sent: 1, received: 0 },
    ]);
  });

  it('links organisations by dispatches between them, from requests and reports', () => {
    expect(network.links).toEqual([
      { source: 'kenko-fukushi', target: 'kendo-seibi', value: 1 },
      { source: 'kankyo-seikatsu', target: 'kenko-fukushi', value: 2 },
      { source: 'kendo-seibi', target: 'kenko-fukushi', value: 1 },
      { source: 'kendo-seibi', target: 'kankyo-seikatsu', value: 1 },
      { source: 'somu', target: 'kenko-fukushi', value: 1 },
    ]);
  });

  it('does not depend on the order of the content', () => {
    const again = dispatchNetwork({
      ...content,
      requests: shuffled(content.requests, 3),
      reports: shuffled(content.reports, 3),
      facilitators: shuffled(content.facilitators, 3),
    });
    expect(again).toEqual(network);
  });
});

describe('the chord diagram', () => {
  const diagram = chordDiagram(dispatchNetwork(content), { size: 400, margin: 80 });

  it('draws an arc per organisation that took part and a ribbon per link', () => {
    expect(diagram.size).toBe(400);
    expect(diagram.groups.map(({ id }) => id)).toEqual([
      'kenko-fukushi',
      'kankyo-seikatsu',
      'kendo-seibi',
      'somu',
    ]);
    expect(diagram.ribbons).toHaveLength(5);
    expect(diagram.ribbons.map(({ source, target, value }) => `${source}>${target}:${value}`)).toContain(
      'kankyo-seikatsu>kenko-fukushi:2',
    );
    for (const { path } of [...diagram.groups, ...diagram.ribbons]) {
      expect(path).toMatch(/^M[-\d.,\sA-Za-z]+Z$/);
      expect(path).not.toMatch(/\d\.\d{3}/);
    }
  });

  it('puts labels outside the ring, anchored away from it', () => {
    for (const { label } of diagram.groups) {
      expect(Math.hypot(label.x, label.y)).toBeGreaterThan(400 / 2 - 80);
      expect(label.anchor).toBe(label.x < 0 ? 'end' : 'start');
    }
  });

  it('leaves out organisations without dispatches, and is empty without any', () => {
    expect(chordDiagram({ nodes: [{ id: 'a', name: 'A', sent: 0, received: 0 }], links: [] })).toEqual({
      size: 640,
      groups: [],
      ribbons: [],
    });
  });
});
