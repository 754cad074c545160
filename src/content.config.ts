import { defineCollection } from 'astro:content';
import { handbookLoader } from './source/astro-loader';

// Wiring only: every collection comes from the handbook loader, which validates the whole
// content folder (schemas, references, rules) before any page is built.
export const collections = {
  departments: defineCollection({ loader: handbookLoader('departments') }),
  methods: defineCollection({ loader: handbookLoader('methods') }),
  cohorts: defineCollection({ loader: handbookLoader('cohorts') }),
  facilitators: defineCollection({ loader: handbookLoader('facilitators') }),
  requests: defineCollection({ loader: handbookLoader('requests') }),
  reports: defineCollection({ loader: handbookLoader('reports') }),
  guides: defineCollection({ loader: handbookLoader('guides') }),
  courses: defineCollection({ loader: handbookLoader('courses') }),
  materials: defineCollection({ loader: handbookLoader('materials') }),
  offers: defineCollection({ loader: handbookLoader('offers') }),
  synonyms: defineCollection({ loader: handbookLoader('synonyms') }),
};
