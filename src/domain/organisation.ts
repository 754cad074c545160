import type { DepartmentData } from './schemas/departments';

/**
 * Two departments are the same organisation when following `parent` leads to the same root:
 * a regional office under 健康福祉部 is not "another department" for 健康福祉部.
 */
export interface Organisation {
  /** The root of a department; the id itself for unknown ids, so lookups never throw. */
  rootOf(departmentId: string): string;
  same(a: string, b: string): boolean;
  /** Departments whose root is this department's root, itself included. */
  members(departmentId: string): string[];
  /** Ids of departments whose `parent` chain loops. */
  cycles: string[];
}

export function buildOrganisation(
  departments: readonly Pick<DepartmentData, 'id' | 'parent'>[],
): Organisation {
  const parentOf = new Map(departments.map((department) => [department.id, department.parent]));
  const roots = new Map<string, string>();
  const cycles: string[] = [];
  for (const { id } of departments) {
    const seen = new Set<string>([id]);
    let current = id;
    let parent = parentOf.get(current);
    while (parent !== undefined && parentOf.has(parent)) {
      if (seen.has(parent)) {
        cycles.push(id);
        break;
      }
      seen.add(parent);
      current = parent;
      parent = parentOf.get(current);
    }
    roots.set(id, current);
  }
  const rootOf = (departmentId: string) => roots.get(departmentId) ?? departmentId;
  return {
    rootOf,
    same: (a, b) => rootOf(a) === rootOf(b),
    members: (departmentId) =>
      departments.map(({ id }) => id).filter((id) => rootOf(id) === rootOf(departmentId)),
    cycles,
  };
}
