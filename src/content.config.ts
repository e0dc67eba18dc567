import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { catalogSchema } from './lib/catalog-schema.ts';

/** One YAML file per venue; the file name is the venue slug used in every URL. */
const catalogs = defineCollection({
	loader: glob({ pattern: '*.{yaml,yml}', base: './src/content/catalogs' }),
	schema: catalogSchema,
});

export const collections = { catalogs };
