import {
  EnrolInputSchema,
  EnrolmentListSchema,
  ImportEnrolmentsSchema,
  MA_ENROL_ROLES,
  MA_READ_ROLES,
} from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { staffProcedure, workerProcedure } from '../trpc';
import { enrol } from './enrol';
import { enrolmentTemplateXlsx } from './enrolment-template';
import { fundRouter } from './fund.router';
import { importEnrolments } from './import-enrolments';
import { listEnrolments } from './list-enrolments';
import { myEnrolments } from './my-enrolments';
import { myPharmacy } from './my-pharmacy';
import { pharmacyRouter } from './pharmacy.router';
import { schemesRouter } from './schemes.router';
import { unitsRouter } from './units.router';

/** 职工医疗互助 (issue 5): schemes, units, enrolment, contributions and pharmacy accounts. */
export const mutualAidRouter = {
  schemes: schemesRouter,
  units: unitsRouter,
  enrol: staffProcedure(MA_ENROL_ROLES)
    .input(EnrolInputSchema)
    .mutation(({ ctx, input }) => enrol({ ctx, input })),
  enrolments: {
    list: staffProcedure(MA_READ_ROLES)
      .input(EnrolmentListSchema)
      .query(({ ctx, input }) => listEnrolments({ ctx, input })),
  },
  importEnrolments: staffProcedure(MA_ENROL_ROLES)
    .input(ImportEnrolmentsSchema)
    .mutation(({ ctx, input }) => importEnrolments({ ctx, input })),
  enrolmentTemplateXlsx: staffProcedure(MA_ENROL_ROLES)
    .input(z.object({ schemeId: z.uuid().optional() }).optional())
    .query(({ ctx, input }) => enrolmentTemplateXlsx({ ctx, input })),
  fund: fundRouter,
  pharmacy: pharmacyRouter,
  /** 我的互助 (portal): only members linked to the session's own household. */
  myEnrolments: workerProcedure.input(z.void()).query(({ ctx }) => myEnrolments(ctx)),
  myPharmacy: workerProcedure.input(z.void()).query(({ ctx }) => myPharmacy(ctx)),
} satisfies TRPCRouterRecord;
