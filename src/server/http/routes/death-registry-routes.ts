/**
 * The death registry's API: issuers file and correct reports (the same form their desk uses), the
 * clinic reads the families' reports of deaths at home, reviewers settle conflicts, anyone checks
 * an e-certificate by its QR token, and the family reports a death at home and answers the
 * proactive offer. Every route names its action in the permission map and calls one command.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { homeDeathQueue, reportHomeDeath } from '../../death-registry/home-death.ts';
import { declineOffer, offersFor, openOffer } from '../../death-registry/proactive.ts';
import {
  issuerCertificatePdf,
  listConflicts,
  listOwnReports,
  verifyDeathReport,
  viewReport,
} from '../../death-registry/queries.ts';
import { correctDeathReport, issueDeathReport, resolveConflict } from '../../death-registry/registry.ts';
import { authorizeCitizen, authorizeStaff } from '../../identity/authorize.ts';
import {
  ConflictList,
  ConflictResolution,
  DeathReportContent,
  DeathReportCorrection,
  DeathReportDetail,
  DeathReportList,
  DeathReportVerification,
  HomeDeathQueue,
  HomeDeathReported,
  HomeDeathReportInput,
  IssuedDeathReport,
  OfferDetail,
  OfferList,
  RegistryRecordState,
} from '../death-registry-schemas.ts';
import { sendPrivateFile } from '../files.ts';
import { PUBLIC, SIGNED_IN } from '../openapi.ts';
import { errors } from '../schemas.ts';

const tags = ['death-registry'];

export async function deathRegistryRoutes(app: FastifyInstance, context: AppContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.post(
    '/api/v1/death-reports',
    {
      schema: {
        operationId: 'issueDeathReport',
        tags,
        summary: 'Issue a death certificate, police death proof, cremation or burial record',
        description:
          'The institution of the signed-in issuer files the report into the death registry. A second report of the same kind by the same institution for the same person is refused (DEATH_REPORT_EXISTS): correct the first instead.',
        security: SIGNED_IN,
        body: DeathReportContent,
        response: { 201: IssuedDeathReport, ...errors(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const staff = authorizeStaff(request, 'death_report.issue');
      const issued = await issueDeathReport(context, staff, request.body);
      return reply.status(201).send(issued);
    },
  );

  routes.get(
    '/api/v1/death-reports',
    {
      schema: {
        operationId: 'listDeathReports',
        tags,
        summary: "The issuer's institution's current reports, newest first",
        security: SIGNED_IN,
        response: { 200: DeathReportList, ...errors(401, 403) },
      },
    },
    async (request) => {
      const staff = authorizeStaff(request, 'death_report.read');
      return { items: await listOwnReports(context, staff) };
    },
  );

  routes.get(
    '/api/v1/death-reports/:id',
    {
      schema: {
        operationId: 'getDeathReport',
        tags,
        summary: 'One report in full, with its versions',
        security: SIGNED_IN,
        params: z.object({ id: z.uuid() }),
        response: { 200: DeathReportDetail, ...errors(401, 403, 404) },
      },
    },
    async (request) => {
      const staff = authorizeStaff(request, 'death_report.read');
      return viewReport(context, staff, request.params.id);
    },
  );

  routes.get(
    '/api/v1/death-reports/:id/certificate',
    {
      schema: {
        operationId: 'getDeathReportCertificate',
        tags,
        summary: 'The e-certificate as PDF, with the QR code that checks it (the view is audited)',
        security: SIGNED_IN,
        params: z.object({ id: z.uuid() }),
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const staff = authorizeStaff(request, 'death_report.read');
      const certificate = await issuerCertificatePdf(context, staff, request.params.id);
      return sendPrivateFile(reply, 'application/pdf', certificate.pdf, certificate.filename);
    },
  );

  routes.post(
    '/api/v1/death-reports/:id/corrections',
    {
      schema: {
        operationId: 'correctDeathReport',
        tags,
        summary: 'Correct a report: a new version of the same certificate, the old one kept as superseded',
        security: SIGNED_IN,
        params: z.object({ id: z.uuid() }),
        body: DeathReportCorrection,
        response: { 201: IssuedDeathReport, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const staff = authorizeStaff(request, 'death_report.correct');
      const issued = await correctDeathReport(
        context,
        staff,
        request.params.id,
        request.body.content,
        request.body.reason,
      );
      return reply.status(201).send(issued);
    },
  );

  routes.get(
    '/api/v1/verify/death-reports/:token',
    {
      schema: {
        operationId: 'verifyDeathReport',
        tags,
        summary: 'Check an e-certificate by the token in its QR code (no sign-in; shows only what is safe)',
        security: PUBLIC,
        params: z.object({ token: z.string().max(64) }),
        response: { 200: DeathReportVerification, ...errors(404) },
      },
    },
    async (request) => verifyDeathReport(context, request.params.token),
  );

  routes.get(
    '/api/v1/home-death-reports',
    {
      schema: {
        operationId: 'listHomeDeathReports',
        tags,
        summary: "Families' reports of deaths at home waiting for this clinic, oldest first",
        security: SIGNED_IN,
        response: { 200: HomeDeathQueue, ...errors(401, 403) },
      },
    },
    async (request) => {
      const staff = authorizeStaff(request, 'home_death.read');
      return { items: await homeDeathQueue(context, staff) };
    },
  );

  routes.post(
    '/api/v1/home-death-reports',
    {
      schema: {
        operationId: 'reportHomeDeath',
        tags,
        summary: 'Report a death at home to the competent clinic (直系亲属向村（社区）报告)',
        security: SIGNED_IN,
        body: HomeDeathReportInput,
        response: { 201: HomeDeathReported, ...errors(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const citizen = authorizeCitizen(request, 'home_death.report');
      return reply.status(201).send(await reportHomeDeath(context, citizen, request.body));
    },
  );

  routes.get(
    '/api/v1/death-registry/conflicts',
    {
      schema: {
        operationId: 'listDeathRegistryConflicts',
        tags,
        summary: 'Registry records in the reviewer’s region where issuers disagree',
        security: SIGNED_IN,
        response: { 200: ConflictList, ...errors(401, 403) },
      },
    },
    async (request) => {
      const staff = authorizeStaff(request, 'death_registry.review');
      return { items: await listConflicts(context, staff) };
    },
  );

  routes.post(
    '/api/v1/death-registry/:id/resolutions',
    {
      schema: {
        operationId: 'resolveDeathRegistryConflict',
        tags,
        summary: 'Say which report stands for a disputed field',
        security: SIGNED_IN,
        params: z.object({ id: z.uuid() }),
        body: ConflictResolution,
        response: { 200: RegistryRecordState, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const staff = authorizeStaff(request, 'death_registry.review');
      return resolveConflict(context, staff, request.params.id, request.body);
    },
  );

  routes.get(
    '/api/v1/offers',
    {
      schema: {
        operationId: 'listOffers',
        tags,
        summary: 'Open offers of proactive service to the caller, as registered next of kin',
        security: SIGNED_IN,
        response: { 200: OfferList, ...errors(401, 403) },
      },
    },
    async (request) => {
      const citizen = authorizeCitizen(request, 'offer.respond');
      return { items: await offersFor(context, citizen) };
    },
  );

  routes.get(
    '/api/v1/offers/:id',
    {
      schema: {
        operationId: 'getOffer',
        tags,
        summary: 'One offer, with the certificates the registry holds (the view is audited)',
        security: SIGNED_IN,
        params: z.object({ id: z.uuid() }),
        response: { 200: OfferDetail, ...errors(401, 403, 404) },
      },
    },
    async (request) => {
      const citizen = authorizeCitizen(request, 'offer.respond');
      return openOffer(context, citizen, request.params.id);
    },
  );

  routes.post(
    '/api/v1/offers/:id/decline',
    {
      schema: {
        operationId: 'declineOffer',
        tags,
        summary: '“Not now”: the offer ends and nobody is contacted again about this death',
        security: SIGNED_IN,
        params: z.object({ id: z.uuid() }),
        response: { 204: z.null(), ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const citizen = authorizeCitizen(request, 'offer.respond');
      await declineOffer(context, citizen, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
