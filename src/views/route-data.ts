import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withFirstPaintHeld } from './page-meta.ts';

/** Starlight's route middleware: every page's first paint waits until its layout has been read (see `withFirstPaintHeld`). */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	route.head = withFirstPaintHeld(route.head);
});
