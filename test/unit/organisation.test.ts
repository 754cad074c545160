import { describe, expect, it } from 'vitest';
import { buildOrganisation } from '../../src/domain/organisation';

const departments = [
  { id: 'kenko-fukushi' },
  { id: 'kenko-fukushi-hokubu', parent: 'kenko-fukushi' },
  { id: 'hokubu-hoken', parent: 'kenko-fukushi-hokubu' },
  { id: 'somu' },
];

describe('same organisation', () => {
  it('follows parent to the root', () => {
    const organisation = buildOrganisation(departments);
    expect(organisation.rootOf('hokubu-hoken')).toBe('kenko-fukushi');
    expect(organisation.same('kenko-fukushi-hokubu', 'kenko-fukushi')).toBe(true);
    expect(organisation.same('somu', 'kenko-fukushi')).toBe(false);
    expect(organisation.members('somu')).toEqual(['somu']);
    expect(organisation.members('hokubu-hoken').sort()).toEqual([
      'hokubu-hoken',
      'kenko-fukushi',
      'kenko-fukushi-hokubu',
    ]);
  });

  it('reports cycles in parent instead of looping', () => {
    const organisation = buildOrganisation([{ id: 'a', parent: 'b' }, { id: 'b', parent: 'a' }, { id: 'c' }]);
    expect(organisation.cycles.sort()).toEqual(['a', 'b']);
  });
});
