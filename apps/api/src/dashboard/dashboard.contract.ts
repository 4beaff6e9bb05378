import {
  DashboardViewSchema,
  ErrorBodySchema,
  IndicatorValueInputSchema,
  UpwardOutcomeCreateSchema,
  UpwardOutcomeUpdateSchema,
  UpwardRecommendationQuerySchema,
  UpwardRecommendationPageSchema,
  UpwardRecommendationViewSchema,
} from '@shifan/domain';
import { z } from 'zod';
import { defineEndpoint } from '../common/http/endpoint';

/**
 * The programme dashboard (issue #8, recounted in issue #13): the plan's targets counted as the plan means them, the
 * indicators officers record, and the upward recommendations with the outcomes officers record against them.
 */
const read = { kind: 'permission', permission: 'dashboard.read' } as const;
const manage = { kind: 'permission', permission: 'publication.manage' } as const;
const error = (description: string) => ({ description, schema: ErrorBodySchema });
const binary = (description: string, contentType: string) => ({ description, schema: z.string().meta({ format: 'binary' }), contentType });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['dashboard'];

export const getDashboard = defineEndpoint({
  method: 'get',
  path: '/api/dashboard',
  operationId: 'getDashboard',
  summary: 'Progress against the plan’s targets, each counted as the plan means it, per plan year and the current year; by 推荐单位, field; recorded indicators',
  description: [
    'Municipal targets count the city’s approvals; the provincial and national pilots and centres count recorded 认定 outcomes (by the',
    'year of the document), with the city’s recommendations beside them; events, standards and talents count recorded values.',
    'Each target is shown for 2017, 2018, 2019 and the current year (the server clock’s); 总计 and percentage are of 2017–2019.',
  ].join('\n'),
  tags,
  access: read,
  responses: { 200: { description: 'The dashboard', schema: DashboardViewSchema } },
});

export const dashboardXlsx = defineEndpoint({
  method: 'get',
  path: '/api/dashboard.xlsx',
  operationId: 'dashboardXlsx',
  summary: 'The dashboard’s numbers as Excel: targets by year with how each is counted, by 推荐单位, by field, recorded indicators (audited)',
  tags,
  access: read,
  responses: { 200: binary('The workbook', XLSX) },
});

export const recordIndicator = defineEndpoint({
  method: 'put',
  path: '/api/indicators/{code}/values',
  operationId: 'recordIndicator',
  summary: 'Record (or correct) an indicator’s value for a year: Annex 1’s or a target of the plan’s section 三 (standards, talents, 区域行 events, coverage) (audited)',
  tags,
  access: manage,
  request: { params: z.object({ code: z.string().regex(/^[A-Z0-9_]{2,40}$/) }), body: IndicatorValueInputSchema },
  responses: { 200: { description: 'The dashboard after the change', schema: DashboardViewSchema }, 404: error('No such indicator (NOT_FOUND)') },
});

export const listUpwardRecommendations = defineEndpoint({
  method: 'get',
  path: '/api/upward-recommendations',
  operationId: 'listUpwardRecommendations',
  summary: 'Projects the city recommended to the province or the ministry (approved lists of provincial and national calls), with their recorded outcomes',
  tags,
  access: read,
  request: { query: UpwardRecommendationQuerySchema },
  responses: { 200: { description: 'A page of recommendations', schema: UpwardRecommendationPageSchema } },
});

export const upwardRecommendationsXlsx = defineEndpoint({
  method: 'get',
  path: '/api/upward-recommendations.xlsx',
  operationId: 'upwardRecommendationsXlsx',
  summary: 'The recommendations and outcomes as Excel, with the same filters (audited)',
  tags,
  access: read,
  request: { query: UpwardRecommendationQuerySchema },
  responses: { 200: binary('The workbook', XLSX) },
});

export const recordUpwardOutcome = defineEndpoint({
  method: 'post',
  path: '/api/upward-outcomes',
  operationId: 'recordUpwardOutcome',
  summary: 'Record the province’s or the ministry’s outcome (认定 / 未获认定, issuing body, 文号, date) of a recommended project (city officers; audited)',
  tags,
  access: manage,
  request: { body: UpwardOutcomeCreateSchema },
  responses: {
    201: { description: 'The recommendation with its outcome', schema: UpwardRecommendationViewSchema },
    400: error('Invalid fields, a date after today or before the recommendation (VALIDATION_FAILED, with field paths)'),
    404: error('No published list for the call, or the project is not on it (NOT_FOUND)'),
    409: error('An outcome is already recorded for this project (UPWARD_OUTCOME_EXISTS)'),
    422: error('The call is municipal: its list is the city’s own 认定, not a recommendation (NOT_A_RECOMMENDATION)'),
  },
});

export const correctUpwardOutcome = defineEndpoint({
  method: 'put',
  path: '/api/upward-outcomes/{id}',
  operationId: 'correctUpwardOutcome',
  summary: 'Correct a recorded outcome under its version (city officers; audited with the values before and after)',
  tags,
  access: manage,
  request: { params: z.object({ id: z.coerce.number().int().positive() }), body: UpwardOutcomeUpdateSchema },
  responses: {
    200: { description: 'The recommendation with its outcome', schema: UpwardRecommendationViewSchema },
    400: error('Invalid fields (VALIDATION_FAILED, with field paths)'),
    404: error('No such outcome (NOT_FOUND)'),
    409: error('Changed by someone else since it was read (CONFLICT)'),
  },
});
