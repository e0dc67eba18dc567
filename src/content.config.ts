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

/** Starlight's frontmatter schema, built on the first call and kept (see `docs`). */
const starlightFrontmatter = docsSchema();
let frontmatterSchema: ReturnType<typeof starlightFrontmatter> | undefined;

/**
 * Starlight's own collection, empty: every page is a `<StarlightPage>` (src/pages/). Starlight
 * builds each such page's frontmatter schema by calling this collection's schema, a zod object of
 * dozens of nested fields made again for every page (a tenth of the time the build spends
 * rendering pages). It is the same schema every time, so it is built once. The context it is
 * called with decides only how an image is checked, and no page passes one; a page that did (a
 * hero image) would be checked by the image helper of the first call.
 */
const docs = defineCollection({
	loader: docsLoader(),
	schema: (context) => (frontmatterSchema ??= starlightFrontmatter(context)),
});

export const collections = { catalogs, docs };
