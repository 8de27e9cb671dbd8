/**
 * What the admin page adds to Decap, imported by `admin.ts` once Decap's bundle is loaded: preview templates that look like the
 * site (its stylesheet, its markup, its date formatting) and the editor components of the MDX
 * allow-list.
 */
import siteCss from '../src/styles/global.css?url';
import { calloutComponent } from './editor-components.ts';
import { previewContext } from './previews/context.ts';
import { locationPreview, organisationPreview, topicPreview } from './previews/directory.ts';
import { programmePreview } from './previews/programme.ts';
import { coursePreview, eventPreview, newsPreview, template } from './previews/templates.ts';

const { CMS } = window;
const ctx = previewContext();

CMS.registerPreviewStyle(siteCss);
CMS.registerPreviewTemplate('courses', template(coursePreview, ctx));
CMS.registerPreviewTemplate('events', template(eventPreview, ctx));
CMS.registerPreviewTemplate('news', template(newsPreview, ctx));
CMS.registerPreviewTemplate('programmes', template(programmePreview, ctx));
CMS.registerPreviewTemplate('topics', template(topicPreview, ctx));
CMS.registerPreviewTemplate('organisations', template(organisationPreview, ctx));
CMS.registerPreviewTemplate('locations', template(locationPreview, ctx));
CMS.registerEditorComponent(calloutComponent(ctx.t));
