/**
 * Request and response schemas of the death registry: the issuers' reports (one form online and
 * by API), the family's report of a death at home, the proactive offer, the reviewers' conflicts
 * and the public check of an e-certificate — named for the OpenAPI document.
 */
import { z } from 'zod';
import { CONFLICT_FIELDS, MANNERS, PLACE_KINDS, REPORT_KINDS } from '../../domain/death-registry.ts';
import { Bilingual } from './schema-primitives.ts';

const text = (max: number) => z.string().max(max);
const day = z.string().max(10).meta({ description: 'A date, YYYY-MM-DD', example: '2026-11-28' });

const Deceased = z
  .object({
    idNumber: text(18).meta({
      description: 'Resident ID number (18 characters)',
      example: '530102194203150042',
    }),
    name: text(50),
    gender: z.enum(['male', 'female']),
  })
  .meta({ id: 'DeathReportDeceased', description: 'Who died' });

export const ReportKind = z.enum(REPORT_KINDS).meta({
  id: 'DeathReportKind',
  description:
    'medical-certificate: 居民死亡医学证明（推断）书 (hospital or clinic); police-proof: 公安机关死亡证明 (police station, unnatural death without treatment); cremation: 火化证明 (funeral home); burial: 土葬登记 (village or community committee)',
});

const MedicalCertificate = z
  .object({
    kind: z.literal('medical-certificate'),
    deceased: Deceased,
    dateOfDeath: day,
    timeOfDeath: text(5).meta({ description: 'HH:MM', example: '06:40' }),
    placeOfDeath: text(200),
    placeKind: z.enum(PLACE_KINDS),
    causes: z
      .array(z.object({ cause: text(100), icd10: text(8), interval: text(30) }))
      .max(4)
      .meta({ description: 'The cause-of-death chain, a (immediate) to d (underlying), with ICD-10 codes' }),
    doctor: text(50),
    homeReportId: z
      .uuid()
      .optional()
      .meta({ description: 'The family’s report of a death at home this certificate answers' }),
  })
  .meta({ id: 'MedicalDeathCertificate', description: '居民死亡医学证明（推断）书' });

const PoliceProof = z
  .object({
    kind: z.literal('police-proof'),
    deceased: Deceased,
    dateOfDeath: day,
    timeOfDeath: text(5),
    placeOfDeath: text(200),
    manner: z.enum(MANNERS),
    incidentNumber: text(50),
    officer: text(50),
  })
  .meta({ id: 'PoliceDeathProof', description: '公安机关出具的死亡证明（未经救治的非正常死亡）' });

const Cremation = z
  .object({
    kind: z.literal('cremation'),
    deceased: Deceased,
    dateOfDeath: day,
    cremationDate: day,
    officer: text(50),
  })
  .meta({ id: 'CremationRecord', description: '火化记录与火化证明' });

const Burial = z
  .object({
    kind: z.literal('burial'),
    deceased: Deceased,
    dateOfDeath: day,
    burialDate: day,
    burialPlace: text(200),
    officer: text(50),
  })
  .meta({ id: 'BurialRegistration', description: '遗体安葬（土葬）登记' });

export const DeathReportContent = z
  .discriminatedUnion('kind', [MedicalCertificate, PoliceProof, Cremation, Burial])
  .meta({
    id: 'DeathReportContent',
    description: 'One report by an issuer; the kind must be what the institution issues',
  });

export const DeathReportCorrection = z.object({ content: DeathReportContent, reason: text(500) }).meta({
  id: 'DeathReportCorrection',
  description: 'A corrected report and why; the old version is kept, superseded',
});

const RegistryState = z.enum(['reported', 'verified', 'conflict']).meta({
  id: 'DeathRegistryState',
  description:
    'reported: known, not yet complete; verified: certified (and cremated or buried where the region requires it); conflict: issuers disagree, under review',
});

export const IssuedDeathReport = z
  .object({
    id: z.string(),
    lineageId: z.string(),
    version: z.number(),
    certificateNumber: z.string(),
    verifyToken: z.string(),
    registry: z.object({ id: z.string(), state: RegistryState }),
  })
  .meta({
    id: 'IssuedDeathReport',
    description: 'The report as filed, with its certificate number and the registry’s state',
  });

export const DeathReportList = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        lineageId: z.string(),
        version: z.number(),
        status: z.string(),
        kind: ReportKind,
        certificateNumber: z.string(),
        deceasedName: z.string(),
        deceasedIdNumberMasked: z.string(),
        dateOfDeath: z.string(),
        issuedAt: z.string(),
        registryState: RegistryState.nullable(),
      }),
    ),
  })
  .meta({ id: 'DeathReportList', description: "The institution's current reports, newest first" });

export const DeathReportDetail = z
  .object({
    id: z.string(),
    lineageId: z.string(),
    version: z.number(),
    status: z.string(),
    kind: ReportKind,
    certificateNumber: z.string(),
    verifyToken: z.string(),
    institution: z.object({ code: z.string(), zh: z.string(), en: z.string() }),
    issuedAt: z.string(),
    correctionReason: z.string().nullable(),
    content: DeathReportContent,
    history: z.array(
      z.object({
        id: z.string(),
        version: z.number(),
        status: z.string(),
        issuedAt: z.string(),
        correctionReason: z.string().nullable(),
      }),
    ),
  })
  .meta({
    id: 'DeathReportDetail',
    description: 'One report in full, with its versions (the view is audited)',
  });

export const DeathReportVerification = z
  .object({
    kind: ReportKind,
    label: Bilingual,
    certificateNumber: z.string(),
    version: z.number(),
    status: z.enum(['current', 'superseded']),
    institution: Bilingual,
    issuedOn: z.string(),
    deceasedName: z.string().meta({ description: 'Masked' }),
    dateOfDeath: z.string(),
  })
  .meta({
    id: 'DeathReportVerification',
    description: 'What the QR code on an e-certificate confirms, without sign-in',
  });

export const RegistryCertificate = z
  .object({
    kind: ReportKind,
    label: Bilingual,
    certificateNumber: z.string(),
    version: z.number(),
    institution: Bilingual,
    issuedAt: z.string(),
    verifyToken: z.string(),
    dateOfDeath: z.string(),
    eventDate: z.string().nullable(),
    placeOfDeath: z.string().nullable(),
    funeralHome: z.string().nullable(),
  })
  .meta({
    id: 'RegistryCertificate',
    description: 'A certificate the death registry holds, as verified material',
  });

export const HomeDeathReportInput = z
  .object({
    deceasedIdNumber: text(18),
    deceasedName: text(50),
    regionCode: text(6),
    address: text(200),
    dateOfDeath: day,
    phone: text(20).optional(),
    note: text(500).optional(),
  })
  .meta({
    id: 'HomeDeathReportInput',
    description: 'A family’s report of a death at home to the competent clinic',
  });

export const HomeDeathQueue = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        regionCode: z.string(),
        dateOfDeath: z.string(),
        reportedAt: z.string(),
        deceasedName: z.string(),
        deceasedIdNumber: z.string(),
        address: z.string(),
        phone: z.string(),
        phoneMasked: z.string(),
        note: z.string(),
      }),
    ),
  })
  .meta({
    id: 'HomeDeathQueue',
    description: 'Deaths at home reported by families, waiting for the clinic (view audited)',
  });

export const ConflictList = z
  .object({
    items: z.array(
      z.object({
        recordId: z.string(),
        regionCode: z.string(),
        deceasedIdNumberMasked: z.string(),
        updatedAt: z.string(),
        conflicts: z.array(
          z.object({
            field: z.enum(CONFLICT_FIELDS),
            label: Bilingual,
            values: z.array(z.object({ reportId: z.string(), version: z.number(), value: z.string() })),
            reports: z.array(
              z.object({
                reportId: z.string(),
                certificateNumber: z.string(),
                kind: ReportKind,
                institution: z.string(),
                value: z.string(),
              }),
            ),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'DeathRegistryConflicts', description: 'Registry records where issuers disagree' });

export const ConflictResolution = z
  .object({ field: z.enum(CONFLICT_FIELDS), reportId: z.uuid(), reason: text(500) })
  .meta({
    id: 'ConflictResolution',
    description: 'Which report stands for the disputed field, and on what grounds',
  });

export const Offer = z
  .object({
    id: z.string(),
    state: z.string(),
    regionCode: z.string(),
    deceasedName: z.string().nullable(),
    deceasedIdNumberMasked: z.string(),
    dateOfDeath: z.string().nullable(),
    sentAt: z.string().nullable(),
  })
  .meta({ id: 'ProactiveOffer', description: 'An offer of proactive service to the registered next of kin' });

export const OfferList = z
  .object({ items: z.array(Offer) })
  .meta({ id: 'ProactiveOfferList', description: 'Open offers for the caller' });

export const OfferDetail = Offer.extend({
  deceasedIdNumber: z.string().nullable(),
  certificates: z.array(RegistryCertificate),
}).meta({
  id: 'ProactiveOfferDetail',
  description: 'The offer with what the registry knows (the view is audited)',
});

export const HomeDeathReported = z
  .object({ id: z.string() })
  .meta({ id: 'HomeDeathReported', description: 'The report, now in the clinic’s queue' });

export const RegistryRecordState = z
  .object({ id: z.string(), state: RegistryState })
  .meta({ id: 'DeathRegistryRecordState', description: 'The registry record after the decision' });

export const IssuerStep = z
  .object({
    matterCode: z.string(),
    kind: ReportKind.nullable(),
    name: Bilingual,
    implementer: Bilingual,
    certificate: RegistryCertificate.nullable(),
  })
  .meta({
    id: 'IssuerStep',
    description: 'An issuer’s act in the bundle: done (with its certificate) or still to happen',
  });
