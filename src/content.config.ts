import { defineCollection } from 'astro:content';
import { contentLoader } from './content-layer/content-loader.ts';
import { collections as model } from './schemas/index.ts';

/** The content layer: one collection per content type, each loaded from the content folder. */
export const collections = {
	organisations: defineCollection({ loader: contentLoader('organisations'), schema: model.organisations.schema }),
	topics: defineCollection({ loader: contentLoader('topics'), schema: model.topics.schema }),
	locations: defineCollection({ loader: contentLoader('locations'), schema: model.locations.schema }),
	courses: defineCollection({ loader: contentLoader('courses'), schema: model.courses.schema }),
	events: defineCollection({ loader: contentLoader('events'), schema: model.events.schema }),
	news: defineCollection({ loader: contentLoader('news'), schema: model.news.schema }),
	programmes: defineCollection({ loader: contentLoader('programmes'), schema: model.programmes.schema }),
};
