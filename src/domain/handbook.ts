import type { FieldPath } from './errors';
import type { CohortData } from './schemas/cohorts';
import type { CourseData } from './schemas/courses';
import type { DepartmentData } from './schemas/departments';
import type { FacilitatorData } from './schemas/facilitators';
import type { GuideData } from './schemas/guides';
import type { MaterialData } from './schemas/materials';
import type { MethodData } from './schemas/methods';
import type { OfferData } from './schemas/offers';
import type { ReportData } from './schemas/reports';
import type { RequestData } from './schemas/requests';
import type { SynonymGroupData } from './schemas/synonyms';

/** Where an entry was written: its file, and its place in that file (`[3]` in a YAML list). */
export interface Source {
  file: string;
  path: FieldPath;
}

export type Entry<T> = T & { id: string; source: Source };

export type Department = Entry<DepartmentData>;
export type Method = Entry<MethodData>;
export type Cohort = Entry<CohortData>;
export type Facilitator = Entry<FacilitatorData>;
export type DispatchRequest = Entry<RequestData>;
export type Report = Entry<ReportData>;
export type Guide = Entry<GuideData>;
export type Course = Entry<CourseData>;
export type Material = Entry<MaterialData>;
export type Offer = Entry<OfferData>;
/** A group of `content/synonyms.yaml`; its id is its place in the file (`group-1` …). */
export type SynonymGroup = Entry<{ words: SynonymGroupData }>;

/** Every validated entry of a content folder: the input of every derived view. */
export interface Handbook {
  departments: Department[];
  methods: Method[];
  cohorts: Cohort[];
  facilitators: Facilitator[];
  requests: DispatchRequest[];
  reports: Report[];
  guides: Guide[];
  courses: Course[];
  materials: Material[];
  offers: Offer[];
  synonyms: SynonymGroup[];
}

export function emptyHandbook(): Handbook {
  return {
    departments: [],
    methods: [],
    cohorts: [],
    facilitators: [],
    requests: [],
    reports: [],
    guides: [],
    courses: [],
    materials: [],
    offers: [],
    synonyms: [],
  };
}
