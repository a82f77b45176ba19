import { reportRubricOf } from '@kunren/domain';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { can } from '../auth/policy.js';
import type { AppContext } from '../http/AppContext.js';
import { errors } from '../http/errors.js';
import { teamAccess } from '../http/guards.js';
import { rooms } from '../live/rooms.js';
import { presentRubric, RubricView } from '../presenters/presentRubric.js';
import { gradeAgainstRubric } from '../reports/gradeAgainstRubric.js';
import { errorResponses } from '../schemas/common.js';
import { IncidentReport, ReportGrade } from '../schemas/report.js';
import type { ReportRecord } from '../state/StateStore.js';
import { TeamParams } from './teamParams.js';

const ReportView = Type.Object({
  content: IncidentReport,
  updatedAt: Type.Union([Type.String(), Type.Null()]),
  submittedAt: Type.Union([Type.String(), Type.Null()]),
  grade: Type.Union([
    Type.Object({
      total: Type.Number(),
      max: Type.Number(),
      criteria: Type.Array(
        Type.Object({
          id: Type.String(),
          title: Type.String(),
          points: Type.Number(),
          max: Type.Number(),
          comment: Type.Optional(Type.String()),
        }),
      ),
      comment: Type.Optional(Type.String()),
    }),
    Type.Null(),
  ]),
});

function present(r: ReportRecord | undefined) {
  return {
    content: (r?.content ?? {}) as IncidentReport,
    updatedAt: r?.updatedAt ?? null,
    submittedAt: r?.submittedAt ?? null,
    grade: (r?.grade ?? null) as Static<typeof ReportView>['grade'],
  };
}

/** The incident report: draft autosave, submit, rubric grading. */
export function reportRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Params: TeamParams }>(
    '/api/teams/:teamId/report',
    {
      schema: {
        tags: ['trainee'],
        summary: 'The incident report (draft or submitted) and its grade',
        params: TeamParams,
        response: { 200: ReportView, ...errorResponses },
      },
    },
    async (request) => {
      const { team } = await teamAccess(ctx, request, request.params.teamId);
      return present(await ctx.state.getReport(team.id));
    },
  );

  app.put<{ Params: TeamParams; Body: IncidentReport }>(
    '/api/teams/:teamId/report',
    {
      schema: {
        tags: ['trainee'],
        summary: 'Autosave the draft (replaces it)',
        params: TeamParams,
        body: IncidentReport,
        response: { 200: ReportView, ...errorResponses },
      },
    },
    async (request) => {
      const { team, staff, caller, exercise } = await teamAccess(
        ctx,
        request,
        request.params.teamId,
      );
      if (staff) throw errors.forbidden('edit a team report');
      if ((await ctx.state.getReport(team.id))?.submittedAt)
        throw errors.conflict(
          'report.submitted',
          'The report is already submitted.',
          'Submitted reports cannot change.',
        );
      const saved = await ctx.state.saveReportDraft(team.id, request.body, caller.user.id);
      exercise.team(team.id).lastActivity = new Date(ctx.clock.now()).toISOString();
      return present(saved);
    },
  );

  app.post<{ Params: TeamParams }>(
    '/api/teams/:teamId/report/submit',
    {
      schema: {
        tags: ['trainee'],
        summary: 'Submit the report (final)',
        params: TeamParams,
        response: { 200: ReportView, ...errorResponses },
      },
    },
    async (request) => {
      const { team, staff, exercise } = await teamAccess(ctx, request, request.params.teamId);
      if (staff) throw errors.forbidden('submit a team report');
      const current = await ctx.state.getReport(team.id);
      if (!current)
        throw errors.conflict(
          'report.empty',
          'There is no draft to submit.',
          'Save a draft first.',
        );
      if (current.submittedAt)
        throw errors.conflict(
          'report.submitted',
          'The report is already submitted.',
          'Nothing to do.',
        );
      const submitted = await ctx.state.submitReport(team.id);
      ctx.hub.publish(rooms.staff(exercise.record.id), {
        type: 'report',
        teamId: team.id,
        submitted: true,
      });
      return present(submitted);
    },
  );

  app.get<{ Params: TeamParams }>(
    '/api/teams/:teamId/report/rubric',
    {
      schema: {
        tags: ['staff'],
        summary: "The scenario's report rubric, its guidance resolved for this team (staff)",
        params: TeamParams,
        response: { 200: RubricView, ...errorResponses },
      },
    },
    async (request) => {
      const { team, exercise, staff } = await teamAccess(ctx, request, request.params.teamId);
      if (!staff) throw errors.forbidden('see the grading rubric');
      return presentRubric(exercise, team.id);
    },
  );

  app.route<{ Params: TeamParams; Body: ReportGrade }>({
    method: ['POST', 'PUT'],
    url: '/api/teams/:teamId/report/grade',
    schema: {
      tags: ['staff'],
      summary:
        "Grade a submitted report on the scenario's rubric (evaluators, instructors); replaces an earlier grade",
      params: TeamParams,
      body: ReportGrade,
      response: { 200: ReportView, ...errorResponses },
    },
    handler: async (request) => {
      const { team, caller, exercise } = await teamAccess(ctx, request, request.params.teamId);
      if (!can(caller.user.role, 'reports.grade')) throw errors.forbidden('grade reports');
      const current = await ctx.state.getReport(team.id);
      if (!current?.submittedAt)
        throw errors.conflict(
          'report.not-submitted',
          'The report is not submitted yet.',
          'Grade it after the team submits.',
        );
      const grade = gradeAgainstRubric(reportRubricOf(exercise.scenario), request.body);
      const graded = await ctx.state.gradeReport(team.id, grade);
      await ctx.state.audit({
        userId: caller.user.id,
        action: 'report.grade',
        exerciseId: exercise.record.id,
        detail: { teamId: team.id, total: grade.total, max: grade.max },
      });
      return present(graded);
    },
  });
}
