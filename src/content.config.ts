import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { catalogSchema } from './lib/catalog-schema.ts';

/** One YAML file per venue; the file name is the venue slug used in every URL. */
const catalogs = defineCollection({
	loader: glob({ pattern: '*.{yaml,yml}', base: './src/content/catalogs' }),
	schema: catalogSchema,
});

/** Starlight's own collection: only the 404 page lives there; venue pages are generated. */
const docs = defineCollection({ loader: docsLoader(), schema: docsSchema() });

export const collections = { catalogs, docs };
