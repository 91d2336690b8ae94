/**
 * Generated from the OpenAPI description the server serves at /api/exchange/v1/openapi.json; do not edit.
 * Regenerate with `npm run api:types` (scripts/write-openapi.ts --types).
 */
export interface paths {
  '/api/exchange/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The party the credential belongs to (a way to check signing) */
    get: operations['whoAmI'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exchange/v1/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Messages not yet acknowledged, oldest first, a page at a time */
    get: operations['pullMessages'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exchange/v1/messages/acknowledgements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The party stored these messages: they leave its queue (safe to repeat) */
    post: operations['acknowledgeMessages'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exchange/v1/sub-cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A sub-case routed to the party, as it stands */
    get: operations['getSubCase'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exchange/v1/sub-cases/{id}/materials/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A file of a material the sub-case’s matter needs */
    get: operations['getSubCaseMaterial'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exchange/v1/sub-cases/{id}/result': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The result of a sub-case: completed, refused or returned (idempotent by key)
     * @description A sub-case still waiting is claimed and decided in one step. The result must be of the matter’s result type (`resultType`). Requires `Idempotency-Key`.
     */
    post: operations['returnSubCaseResult'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exchange/v1/death-notices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A death notice sent to the party, with its answer so far */
    get: operations['getDeathNotice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exchange/v1/death-notices/{id}/acknowledgement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The benefit was stopped from a date, or the deceased had none (idempotent by key)
     * @description A stop later than the day after death comes back with `overpayment`: the days probably paid for after the death, to recover. Requires `Idempotency-Key`.
     */
    post: operations['acknowledgeDeathNotice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface webhooks {
  messageDelivered: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A message pushed to the party’s endpoint (signed with the party’s push key) */
    post: operations['receiveMessage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface components {
  schemas: {
    /** @description The messages the party has taken into its system */
    AcknowledgeMessagesRequest: {
      ids: string[];
    };
    /** @description What the acknowledgement did */
    AcknowledgeMessagesResponse: {
      /** @description Taken now */
      acknowledged: string[];
      /** @description Not messages of this party (nothing is said about them) */
      unknown: string[];
    };
    /** @description A text in Chinese and in English */
    Bilingual: {
      zh: string;
      en: string;
    };
    /** @description The typed result of a completed sub-case, by `type` (the matter's ResultType, as the sub-case view's `resultType` says) */
    CompletionResult:
      | {
          /** @constant */
          type: 'certificate';
          documentNumber: string;
          issuedOn: string;
        }
      | {
          /** @constant */
          type: 'cancellation';
          cancelledOn: string;
          documentNumber?: string;
        }
      | {
          /** @constant */
          type: 'payment';
          amountYuan: string;
          paidOn: string;
        }
      | {
          /** @constant */
          type: 'inquiry-result';
          documentNumber: string;
          summary: string;
        }
      | {
          /** @constant */
          type: 'termination';
          effectiveOn: string;
        };
    /** @description The answer to a death notice, and the overpayment it implies */
    DeathNoticeAnswer: {
      id: string;
      /** @enum {string} */
      state: 'sent' | 'acknowledged';
      outcome: ('terminated' | 'not-a-beneficiary') | null;
      effectiveOn: string | null;
      reference: string | null;
      dateOfDeath: string;
      acknowledgedAt: string | null;
      /** @description A stop later than the day after death: the days probably paid for after it, to recover */
      overpayment: {
        from: string;
        through: string;
        days: number;
      } | null;
    };
    /**
     * @description The answer to a death notice: the benefit stopped from a date, or the deceased had none
     * @example {
     *       "outcome": "terminated",
     *       "effectiveOn": "2026-11-02",
     *       "reference": "YB-2026-110231"
     *     }
     */
    DeathNoticeAnswerRequest:
      | {
          /** @constant */
          outcome: 'terminated';
          /**
           * Format: date
           * @description The first day no benefit is paid for
           */
          effectiveOn: string;
          /** @description The party's own record number */
          reference?: string;
        }
      | {
          /** @constant */
          outcome: 'not-a-beneficiary';
          reference?: string;
        };
    /**
     * @description Every refusal, whatever the status: a stable code and a message in Chinese and English
     * @example {
     *       "error": {
     *         "code": "VALIDATION_FAILED",
     *         "message": "提交的内容有误，请按提示修改",
     *         "messageZh": "提交的内容有误，请按提示修改",
     *         "messageEn": "Some fields need correcting",
     *         "fields": [
     *           {
     *             "field": "applicant.phone",
     *             "labelZh": "申请人手机号码",
     *             "labelEn": "Applicant's mobile number",
     *             "zh": "手机号码应为11位数字",
     *             "en": "A mobile number has 11 digits"
     *           }
     *         ]
     *       }
     *     }
     * @example {
     *       "error": {
     *         "code": "STALE_VERSION",
     *         "message": "Someone else has changed this item; refresh and try again",
     *         "messageZh": "该事项已被他人处理，请刷新后再试",
     *         "messageEn": "Someone else has changed this item; refresh and try again"
     *       }
     *     }
     */
    Error: {
      error: {
        code: components['schemas']['ErrorCode'];
        /** @description In the language asked for (`?lang=`, `X-Lianban-Lang` or `Accept-Language`) */
        message: string;
        messageZh: string;
        messageEn: string;
        /** @description With VALIDATION_FAILED: every field to correct */
        fields?: components['schemas']['FieldError'][];
        /** @description More about the refusal, by code */
        details?: {
          [key: string]: unknown;
        };
      };
    };
    /**
     * @description What went wrong; clients branch on it, never on the message
     * @enum {string}
     */
    ErrorCode:
      | 'VALIDATION_FAILED'
      | 'BAD_REQUEST'
      | 'UNAUTHENTICATED'
      | 'SESSION_EXPIRED'
      | 'INVALID_CREDENTIALS'
      | 'ACCOUNT_LOCKED'
      | 'DEMO_ACCOUNTS_DISABLED'
      | 'CROSS_SITE_REFUSED'
      | 'REQUEST_TOO_LARGE'
      | 'UNSUPPORTED_CONTENT_TYPE'
      | 'FORBIDDEN'
      | 'NOT_FOUND'
      | 'CASE_NOT_FOUND'
      | 'SUB_CASE_NOT_FOUND'
      | 'ACTION_NOT_ALLOWED'
      | 'STALE_VERSION'
      | 'DEATH_REPORT_EXISTS'
      | 'HOME_DEATH_REPORTED'
      | 'DEATH_ALREADY_CERTIFIED'
      | 'CASE_EXISTS'
      | 'EXCHANGE_UNAUTHENTICATED'
      | 'EXCHANGE_REPLAYED'
      | 'IDEMPOTENCY_KEY_REQUIRED'
      | 'DEATH_NOTICE_NOT_FOUND'
      | 'DEATH_NOTICE_ANSWERED'
      | 'EXCHANGE_PARTY_NOT_FOUND'
      | 'EXCHANGE_MESSAGE_NOT_FOUND'
      | 'IDEMPOTENCY_CONFLICT'
      | 'CATALOG_INVALID'
      | 'CATALOG_UNCHANGED'
      | 'CATALOG_VERSION_EXISTS'
      | 'REGION_NOT_SERVED'
      | 'DRAFT_NOT_FOUND'
      | 'DRAFT_EXPIRED'
      | 'NOT_COVERED'
      | 'QUESTIONS_UNANSWERED'
      | 'UPLOAD_REFUSED'
      | 'OWNED_BY_OTHER'
      | 'ALREADY_RATED'
      | 'RATE_LIMITED'
      | 'SIGN_IN_FAILED'
      | 'SERVICE_UNAVAILABLE'
      | 'INTERNAL';
    /** @description A death registry certificate of the deceased */
    ExchangeCertificate: {
      kind: string;
      certificateNumber: string;
      institution: components['schemas']['Bilingual'];
      issuedAt: string;
      dateOfDeath: string;
      /** @description Where anyone can check the e-certificate */
      verifyUrl: string;
    };
    /** @description A verified death, told to a body that may pay the deceased a benefit (信息应用) */
    ExchangeDeathNotice: {
      id: string;
      matterCode: string;
      matterName: components['schemas']['Bilingual'];
      departmentCode: string;
      regionCode: string;
      deceased: {
        name: string;
        idNumber: string;
      };
      dateOfDeath: string;
      verifiedAt: string | null;
      answer: components['schemas']['DeathNoticeAnswer'];
    };
    /** @description One field of the matter, as the family gave it (identity numbers in full) */
    ExchangeField: {
      key: string;
      labelZh: string;
      labelEn: string;
      value: string;
    };
    /** @description A material the matter needs */
    ExchangeMaterial: {
      id: string;
      materialCode: string;
      name: components['schemas']['Bilingual'];
      /** @description `upload`, or a reference the platform holds (e-licence, registry record) */
      kind: string;
      /** @description For a reference: the e-licence or record number */
      reference: string | null;
      mediaType: string | null;
      /** @description Where to read the file (signed GET), for an upload */
      href: string | null;
    };
    /**
     * @description One message to a party: the body of a push, or an item of a pull page
     * @example {
     *       "id": "3c1d1f0e-8a55-4a53-9e2f-0d4b5c6a7e81",
     *       "sequence": 1042,
     *       "kind": "death.notified",
     *       "party": "medical-insurance:530102",
     *       "createdAt": "2026-11-02T01:20:00.000Z",
     *       "subCase": null,
     *       "supplementRequestId": null,
     *       "deathNotice": {
     *         "id": "7d0c2a61-96a4-4f0b-8d3e-2b1f4c9e5a10",
     *         "matterCode": "medical-benefits-termination",
     *         "matterName": {
     *           "zh": "医保个人账户划拨、特殊病种门诊、特殊药品待遇终止",
     *           "en": "End of medical benefits"
     *         },
     *         "departmentCode": "medical-insurance",
     *         "regionCode": "530102",
     *         "deceased": {
     *           "name": "陈淑芬",
     *           "idNumber": "530102194203150042"
     *         },
     *         "dateOfDeath": "2026-11-01",
     *         "verifiedAt": "2026-11-02T01:20:00.000Z",
     *         "answer": {
     *           "id": "7d0c2a61-96a4-4f0b-8d3e-2b1f4c9e5a10",
     *           "state": "sent",
     *           "outcome": null,
     *           "effectiveOn": null,
     *           "reference": null,
     *           "dateOfDeath": "2026-11-01",
     *           "acknowledgedAt": null,
     *           "overpayment": null
     *         }
     *       }
     *     }
     */
    ExchangeMessage: {
      /** @description Unique; also sent as `Idempotency-Key` on a push — a receiver keeps it to ignore a repeat */
      id: string;
      /** @description Increases with every message the platform writes */
      sequence: number;
      /** @enum {string} */
      kind: 'sub-case.routed' | 'sub-case.supplemented' | 'death.notified';
      party: string;
      createdAt: string;
      /** @description For `sub-case.routed` and `sub-case.supplemented` */
      subCase: components['schemas']['ExchangeSubCase'] | null;
      /** @description For `sub-case.supplemented`: the request the family (or the window) has now answered */
      supplementRequestId: string | null;
      /** @description For `death.notified` */
      deathNotice: components['schemas']['ExchangeDeathNotice'] | null;
    };
    /** @description A sub-case routed to the party: only its matter's fields and the materials its matter needs */
    ExchangeSubCase: {
      id: string;
      caseCode: string;
      matterCode: string;
      matterName: components['schemas']['Bilingual'];
      departmentCode: string;
      regionCode: string;
      state: string;
      /** @description The `type` the result must have (CompletionResult) */
      resultType: string | null;
      resultDateLabel: components['schemas']['Bilingual'] | null;
      submittedAt: string;
      /** @description The committed time limit */
      dueOn: string | null;
      fields: components['schemas']['ExchangeField'][];
      /** @description The requests for more information on this sub-case, oldest first, with the answers */
      requests: {
        id: string;
        reason: string;
        requestedAt: string;
        answer: string | null;
        answeredAt: string | null;
        /** @description Ids of the materials sent with the answer */
        files: string[];
      }[];
      materials: components['schemas']['ExchangeMaterial'][];
      deathCertificates: components['schemas']['ExchangeCertificate'][];
    };
    /** @description The party the signing credential belongs to */
    ExchangeWhoAmI: {
      party: string;
      keyId: string;
      /** @enum {string} */
      adapter: 'workbench' | 'push' | 'pull';
    };
    /** @description One field that needs correcting, and why */
    FieldError: {
      /** @description The path of the field in the request, dot-separated */
      field: string;
      labelZh: string;
      labelEn: string;
      zh: string;
      en: string;
    };
    /** @description A page of the party's messages not yet acknowledged, oldest first */
    MessagePage: {
      items: components['schemas']['ExchangeMessage'][];
      /** @description Pass as `cursor` for the next page of this poll; null on the last page. Start each poll without a cursor: the queue holds only what the party has not acknowledged */
      nextCursor: string | null;
    };
    /**
     * @description The party's decision on a sub-case: completed with the matter's typed result (办结), refused with a reason (不予办理), or returned for more information (退回补充)
     * @example {
     *       "decision": "complete",
     *       "result": {
     *         "type": "termination",
     *         "effectiveOn": "2026-11-02"
     *       }
     *     }
     * @example {
     *       "decision": "return",
     *       "reason": "请补充逝者生前最后一次领取待遇的银行卡复印件"
     *     }
     */
    SubCaseResultRequest:
      | {
          /** @constant */
          decision: 'complete';
          result: components['schemas']['CompletionResult'];
          note?: string;
        }
      | {
          /** @constant */
          decision: 'refuse';
          reason: string;
        }
      | {
          /** @constant */
          decision: 'return';
          /** @description What the family must add (the clock stops) */
          reason: string;
        };
    /** @description The sub-case after the decision */
    SubCaseResultResponse: {
      subCaseId: string;
      state: string;
      version: number;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  whoAmI: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The party the signing credential belongs to */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExchangeWhoAmI'];
        };
      };
      /** @description The request is malformed or a field is wrong (VALIDATION_FAILED names each field in `fields`). Codes with this status: `VALIDATION_FAILED`, `BAD_REQUEST`, `IDEMPOTENCY_KEY_REQUIRED`, `CATALOG_INVALID`, `UPLOAD_REFUSED`, `SIGN_IN_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session ended. Codes with this status: `UNAUTHENTICATED`, `SESSION_EXPIRED`, `INVALID_CREDENTIALS`, `EXCHANGE_UNAUTHENTICATED`, `EXCHANGE_REPLAYED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed: the role or scope does not cover this, or the request came from another site. Codes with this status: `DEMO_ACCOUNTS_DISABLED`, `CROSS_SITE_REFUSED`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Something went wrong on the server; nothing submitted was lost. Codes with this status: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  pullMessages: {
    parameters: {
      query?: {
        /** @description The `nextCursor` of the page before, within one poll */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the party's messages not yet acknowledged, oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MessagePage'];
        };
      };
      /** @description The request is malformed or a field is wrong (VALIDATION_FAILED names each field in `fields`). Codes with this status: `VALIDATION_FAILED`, `BAD_REQUEST`, `IDEMPOTENCY_KEY_REQUIRED`, `CATALOG_INVALID`, `UPLOAD_REFUSED`, `SIGN_IN_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session ended. Codes with this status: `UNAUTHENTICATED`, `SESSION_EXPIRED`, `INVALID_CREDENTIALS`, `EXCHANGE_UNAUTHENTICATED`, `EXCHANGE_REPLAYED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed: the role or scope does not cover this, or the request came from another site. Codes with this status: `DEMO_ACCOUNTS_DISABLED`, `CROSS_SITE_REFUSED`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Something went wrong on the server; nothing submitted was lost. Codes with this status: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  acknowledgeMessages: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcknowledgeMessagesRequest'];
      };
    };
    responses: {
      /** @description What the acknowledgement did */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcknowledgeMessagesResponse'];
        };
      };
      /** @description The request is malformed or a field is wrong (VALIDATION_FAILED names each field in `fields`). Codes with this status: `VALIDATION_FAILED`, `BAD_REQUEST`, `IDEMPOTENCY_KEY_REQUIRED`, `CATALOG_INVALID`, `UPLOAD_REFUSED`, `SIGN_IN_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session ended. Codes with this status: `UNAUTHENTICATED`, `SESSION_EXPIRED`, `INVALID_CREDENTIALS`, `EXCHANGE_UNAUTHENTICATED`, `EXCHANGE_REPLAYED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed: the role or scope does not cover this, or the request came from another site. Codes with this status: `DEMO_ACCOUNTS_DISABLED`, `CROSS_SITE_REFUSED`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request is too large. Codes with this status: `REQUEST_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The content type is not accepted. Codes with this status: `UNSUPPORTED_CONTENT_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Something went wrong on the server; nothing submitted was lost. Codes with this status: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getSubCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A sub-case routed to the party: only its matter's fields and the materials its matter needs */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExchangeSubCase'];
        };
      };
      /** @description The request is malformed or a field is wrong (VALIDATION_FAILED names each field in `fields`). Codes with this status: `VALIDATION_FAILED`, `BAD_REQUEST`, `IDEMPOTENCY_KEY_REQUIRED`, `CATALOG_INVALID`, `UPLOAD_REFUSED`, `SIGN_IN_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session ended. Codes with this status: `UNAUTHENTICATED`, `SESSION_EXPIRED`, `INVALID_CREDENTIALS`, `EXCHANGE_UNAUTHENTICATED`, `EXCHANGE_REPLAYED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed: the role or scope does not cover this, or the request came from another site. Codes with this status: `DEMO_ACCOUNTS_DISABLED`, `CROSS_SITE_REFUSED`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or not visible to the caller. Codes with this status: `NOT_FOUND`, `CASE_NOT_FOUND`, `SUB_CASE_NOT_FOUND`, `DEATH_NOTICE_NOT_FOUND`, `EXCHANGE_PARTY_NOT_FOUND`, `EXCHANGE_MESSAGE_NOT_FOUND`, `REGION_NOT_SERVED`, `DRAFT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Something went wrong on the server; nothing submitted was lost. Codes with this status: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getSubCaseMaterial: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          /** @description inline (to show) or attachment (to save), with the file name where there is one; a name beyond ASCII also as `filename*=UTF-8''…` (RFC 8187) */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'image/jpeg': Blob;
          'image/png': Blob;
          'image/webp': Blob;
          'application/pdf': Blob;
        };
      };
      /** @description The request is malformed or a field is wrong (VALIDATION_FAILED names each field in `fields`). Codes with this status: `VALIDATION_FAILED`, `BAD_REQUEST`, `IDEMPOTENCY_KEY_REQUIRED`, `CATALOG_INVALID`, `UPLOAD_REFUSED`, `SIGN_IN_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session ended. Codes with this status: `UNAUTHENTICATED`, `SESSION_EXPIRED`, `INVALID_CREDENTIALS`, `EXCHANGE_UNAUTHENTICATED`, `EXCHANGE_REPLAYED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed: the role or scope does not cover this, or the request came from another site. Codes with this status: `DEMO_ACCOUNTS_DISABLED`, `CROSS_SITE_REFUSED`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or not visible to the caller. Codes with this status: `NOT_FOUND`, `CASE_NOT_FOUND`, `SUB_CASE_NOT_FOUND`, `DEATH_NOTICE_NOT_FOUND`, `EXCHANGE_PARTY_NOT_FOUND`, `EXCHANGE_MESSAGE_NOT_FOUND`, `REGION_NOT_SERVED`, `DRAFT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Something went wrong on the server; nothing submitted was lost. Codes with this status: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  returnSubCaseResult: {
    parameters: {
      query?: never;
      header?: {
        /** @description Unique per decision (8–128 visible ASCII characters): the same key again has no second effect */
        'idempotency-key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubCaseResultRequest'];
      };
    };
    responses: {
      /** @description The sub-case after the decision */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubCaseResultResponse'];
        };
      };
      /** @description The request is malformed or a field is wrong (VALIDATION_FAILED names each field in `fields`). Codes with this status: `VALIDATION_FAILED`, `BAD_REQUEST`, `IDEMPOTENCY_KEY_REQUIRED`, `CATALOG_INVALID`, `UPLOAD_REFUSED`, `SIGN_IN_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session ended. Codes with this status: `UNAUTHENTICATED`, `SESSION_EXPIRED`, `INVALID_CREDENTIALS`, `EXCHANGE_UNAUTHENTICATED`, `EXCHANGE_REPLAYED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed: the role or scope does not cover this, or the request came from another site. Codes with this status: `DEMO_ACCOUNTS_DISABLED`, `CROSS_SITE_REFUSED`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or not visible to the caller. Codes with this status: `NOT_FOUND`, `CASE_NOT_FOUND`, `SUB_CASE_NOT_FOUND`, `DEATH_NOTICE_NOT_FOUND`, `EXCHANGE_PARTY_NOT_FOUND`, `EXCHANGE_MESSAGE_NOT_FOUND`, `REGION_NOT_SERVED`, `DRAFT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request is too large. Codes with this status: `REQUEST_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The content type is not accepted. Codes with this status: `UNSUPPORTED_CONTENT_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Something went wrong on the server; nothing submitted was lost. Codes with this status: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getDeathNotice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A verified death, told to a body that may pay the deceased a benefit (信息应用) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExchangeDeathNotice'];
        };
      };
      /** @description The request is malformed or a field is wrong (VALIDATION_FAILED names each field in `fields`). Codes with this status: `VALIDATION_FAILED`, `BAD_REQUEST`, `IDEMPOTENCY_KEY_REQUIRED`, `CATALOG_INVALID`, `UPLOAD_REFUSED`, `SIGN_IN_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session ended. Codes with this status: `UNAUTHENTICATED`, `SESSION_EXPIRED`, `INVALID_CREDENTIALS`, `EXCHANGE_UNAUTHENTICATED`, `EXCHANGE_REPLAYED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed: the role or scope does not cover this, or the request came from another site. Codes with this status: `DEMO_ACCOUNTS_DISABLED`, `CROSS_SITE_REFUSED`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or not visible to the caller. Codes with this status: `NOT_FOUND`, `CASE_NOT_FOUND`, `SUB_CASE_NOT_FOUND`, `DEATH_NOTICE_NOT_FOUND`, `EXCHANGE_PARTY_NOT_FOUND`, `EXCHANGE_MESSAGE_NOT_FOUND`, `REGION_NOT_SERVED`, `DRAFT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Something went wrong on the server; nothing submitted was lost. Codes with this status: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  acknowledgeDeathNotice: {
    parameters: {
      query?: never;
      header?: {
        /** @description Unique per decision (8–128 visible ASCII characters): the same key again has no second effect */
        'idempotency-key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeathNoticeAnswerRequest'];
      };
    };
    responses: {
      /** @description The answer to a death notice, and the overpayment it implies */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeathNoticeAnswer'];
        };
      };
      /** @description The request is malformed or a field is wrong (VALIDATION_FAILED names each field in `fields`). Codes with this status: `VALIDATION_FAILED`, `BAD_REQUEST`, `IDEMPOTENCY_KEY_REQUIRED`, `CATALOG_INVALID`, `UPLOAD_REFUSED`, `SIGN_IN_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session ended. Codes with this status: `UNAUTHENTICATED`, `SESSION_EXPIRED`, `INVALID_CREDENTIALS`, `EXCHANGE_UNAUTHENTICATED`, `EXCHANGE_REPLAYED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed: the role or scope does not cover this, or the request came from another site. Codes with this status: `DEMO_ACCOUNTS_DISABLED`, `CROSS_SITE_REFUSED`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or not visible to the caller. Codes with this status: `NOT_FOUND`, `CASE_NOT_FOUND`, `SUB_CASE_NOT_FOUND`, `DEATH_NOTICE_NOT_FOUND`, `EXCHANGE_PARTY_NOT_FOUND`, `EXCHANGE_MESSAGE_NOT_FOUND`, `REGION_NOT_SERVED`, `DRAFT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request is too large. Codes with this status: `REQUEST_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The content type is not accepted. Codes with this status: `UNSUPPORTED_CONTENT_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Something went wrong on the server; nothing submitted was lost. Codes with this status: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  receiveMessage: {
    parameters: {
      query?: never;
      header: {
        /** @description The message id */
        'Idempotency-Key': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExchangeMessage'];
      };
    };
    responses: {
      /** @description Stored (or stored before): the platform records the delivery */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not now: the platform tries again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
