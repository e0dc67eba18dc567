import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { catalogSchema } from './catalog/schema.ts';
import { catalogLoader } from './catalog/content-loader.ts';

/** One YAML file per venue; the file name is the venue slug used in every URL. Read by our own loader: one parser and one set of rules with `npm run check`. */
const catalogs = defineCollection({
	loader: catalogLoader(),
	schema: catalogSchema,
});

/** Starlight's own collection: only the 404 page lives there; venue pages are generated. */
const docs = defineCollection({ loader: docsLoader(), schema: docsSchema() });

export const collections = { catalogs, docs };
