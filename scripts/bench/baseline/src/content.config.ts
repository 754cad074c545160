import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// One glob collection per folder of the handbook, with no schema: Astro's defaults only.
const folder = (name: string) =>
  defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${process.env.BASELINE_CONTENT}/${name}` }),
  });

export const collections = {
  facilitators: folder('facilitators'),
  requests: folder('requests'),
  reports: folder('reports'),
  guides: folder('guides'),
  courses: folder('courses'),
  materials: folder('materials'),
};
