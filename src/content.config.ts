import { defineCollection } from 'astro:content';
import { contentLoader } from './loaders/content.ts';
import { type CollectionKey, collections as model } from './schemas/index.ts';

const collection = <K extends CollectionKey>(key: K) =>
	defineCollection({ loader: contentLoader(key), schema: model[key].schema as (typeof model)[K]['schema'] });

export const collections = {
	organisations: collection('organisations'),
	topics: collection('topics'),
	locations: collection('locations'),
	courses: collection('courses'),
	events: collection('events'),
	news: collection('news'),
};
