/**
 * Generated from the OpenAPI description the server serves at /openapi.json; do not edit.
 * Regenerate with `npm run api:types` (scripts/write-openapi.ts --types).
 */
export interface paths {
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Health of the database and the job queue */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/regions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Regions where the service is offered */
    get: operations['listRegions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/matters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Matters that can be applied for */
    get: operations['listMatters'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who is signed in */
    get: operations['getMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/staff/sign-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Staff sign-in with user name and password
     * @description Sets the session cookie. Repeated wrong passwords lock the account for a while (INVALID_CREDENTIALS says so).
     */
    post: operations['signInStaff'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/sign-out': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out */
    post: operations['signOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in family member's cases */
    get: operations['listMyCases'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Track one case by its unified case code */
    get: operations['getCase'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{code}/join': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Join an existing case as another heir instead of applying again (code and the deceased's ID number, as told by CASE_EXISTS) */
    post: operations['joinCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{code}/correction': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Put right the fields a correction notice lists (only those) */
    patch: operations['correctCaseFields'];
    trace?: never;
  };
  '/api/v1/cases/{code}/correction/materials/{materialCode}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload a material the correction notice asks for (multipart field "file") */
    post: operations['uploadCorrectionMaterial'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{code}/resubmit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Resubmit after a correction; the case goes back to the window */
    post: operations['resubmitCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sub-cases/{id}/supplement/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Attach one file (multipart field "file") to the answer to a department that returned a sub-case; sending the same file again adds nothing. Returns the files waiting to be sent */
    post: operations['attachSupplementFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sub-cases/{id}/supplement/files/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Take a file back out of the answer before it is sent */
    delete: operations['removeSupplementFile'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sub-cases/{id}/supplement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answer a department that returned a sub-case for more information: the text, with the files attached so far */
    post: operations['answerSupplementRequest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{code}/receive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm the results were received online (出件, online channel) */
    post: operations['confirmCaseReceived'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{code}/ratings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rate the service (好差评): 5 非常满意 … 1 非常不满意, once for the case and once per department */
    post: operations['rateCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{code}/documents/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A notice of the case as PDF (受理通知书, 不予受理告知书, 补正材料告知书, 办结通知书)
     * @description For the applicant, and for a window clerk of the case's region.
     */
    get: operations['getCaseNotice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{code}/death-certificates/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An e-certificate of the case's deceased as PDF (death certificate, cremation or burial record)
     * @description For whoever may follow the case; the token is the certificate’s verification token from the case’s `deathCertificates`. The view is audited.
     */
    get: operations['getCaseDeathCertificate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Supervision's figures for a region within your scope and a period of months
     * @description Cases by state, channel, month and region; overdue and at-risk sub-cases by department, region and matter; handling time (median, p90) beside the committed limit; ratings; follow-ups; savings. Read from figures kept as cases move (and from the reporting replica when one is configured), never by counting the case tables.
     */
    get: operations['getSupervisionDashboard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/sub-cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The open sub-cases behind a figure: overdue, at risk, or all open — soonest due first */
    get: operations['listSupervisedSubCases'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/cases/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One case's progress, with the family's details masked (the view is audited) */
    get: operations['getSupervisedCase'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/time-limits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open sub-cases that are due soon (yellow) or overdue (red) */
    get: operations['listTimeLimitAlerts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/follow-ups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Follow-ups of poor ratings (不满意 or worse) */
    get: operations['listFollowUps'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/follow-ups/{id}/contact': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The applicant's full name and mobile number, to call back (the view is audited) */
    post: operations['revealFollowUpContact'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/follow-ups/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the call-back and the rectification; close when done */
    post: operations['updateFollowUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A figure or list of supervision as an Excel workbook (.xlsx), with personal data masked
     * @description The same figures and lists, and the same scope, as the dashboard and its lists: a region outside your scope is refused. Each sheet has a title row naming the region, the period and when the figures were read, and one frozen header row (Chinese above English). Names and phone numbers appear masked only. The list of sub-cases is read page by page, up to 50 000 rows. Sent as an attachment: `Content-Disposition: attachment; filename="…"; filename*=UTF-8''…`. The download is audited.
     */
    get: operations['exportSupervision'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/reports/monthly': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The monthly report of a region (工作月报), as PDF (A4, printable) or Excel
     * @description For a region within your scope and one month (default: last month): the reporting unit and date, the key figures (received, completed, on-time share, overdue now, median handling time, satisfaction, follow-ups opened and closed, savings), a summary, and a table per subordinate region and per department. Sent as an attachment: `Content-Disposition: attachment; filename="…"; filename*=UTF-8''…`. The download is audited.
     */
    get: operations['getMonthlyReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/drafts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My unfinished applications (resume on any device) */
    get: operations['listDrafts'];
    put?: never;
    /**
     * Start an application from the questionnaire; shared data fills what it knows
     * @description One case per deceased: if the person already has an open (or recently delivered) case, nothing is started and the answer is CASE_EXISTS with that case in `details`. A region that does not cover the situation answers NOT_COVERED (422) with where to go instead.
     */
    post: operations['startDraft'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/drafts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One draft: the merged form, materials and what is still missing */
    get: operations['getDraft'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Autosave typed values and flags on certified values (optimistic version) */
    patch: operations['saveDraft'];
    trace?: never;
  };
  '/api/v1/drafts/{id}/materials/{materialCode}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload a photo or PDF for one material (multipart/form-data, field "file")
     * @description The content decides what the file is: anything but a JPEG, PNG, WebP or PDF within the size limit is refused with UPLOAD_REFUSED.
     */
    post: operations['uploadDraftMaterial'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/drafts/{id}/items/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove one attached material (an upload, or an e-licence you prefer to replace) */
    delete: operations['removeDraftItem'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/drafts/{id}/files/{digest}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An uploaded file of my own draft */
    get: operations['getDraftFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/drafts/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit a draft as a case; repeat-safe with an Idempotency-Key header
     * @description The server decides the bundle again and validates everything; what is wrong comes back as VALIDATION_FAILED with every field. The same Idempotency-Key (per submitter) returns the first case.
     */
    post: operations['submitDraft'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My in-app messages, newest first */
    get: operations['listMessages'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/messages/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a message read */
    post: operations['markMessageRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dev/sms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** SMS held by the development sink (only when no SMS gateway is configured, never in production) */
    get: operations['listDevelopmentSms'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/window/queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cases of the clerk's region in one state, oldest first, with how long each has waited */
    get: operations['listWindowQueue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/window/cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The whole application with its materials (the view is audited) */
    get: operations['getWindowCase'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/window/cases/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept (受理): the sub-cases go to their departments and their clocks start */
    post: operations['acceptCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/window/cases/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Do not accept (不予受理), with the reason given to the family in writing */
    post: operations['rejectCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/window/cases/{id}/correction': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** One correction notice (补正告知) listing every item to put right, at once */
    post: operations['requestCaseCorrection'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/window/cases/{id}/hand-over': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hand the case to another clerk of the region, with a reason (首问负责 moves with it) */
    post: operations['handOverCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/window/cases/{id}/deliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hand the results over at the window (出件) */
    post: operations['deliverCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/window/sub-cases/{id}/supplement/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Attach one file (multipart field "file") to the answer to a returned sub-case, for the applicant at the counter; returns the files waiting to be sent */
    post: operations['attachWindowSupplementFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/window/sub-cases/{id}/supplement/files/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Take a file back out of the answer before it is sent */
    delete: operations['removeWindowSupplementFile'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/window/sub-cases/{id}/supplement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send the answer to a returned sub-case (the text and the files attached) for the applicant at the counter; its clock runs again */
    post: operations['sendWindowSupplementAnswer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/window/cases/{id}/materials/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One uploaded material of the case (audited) */
    get: operations['getWindowCaseMaterial'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/window/cases/{id}/ratings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the rating the family gives at the window (好差评; once per case and per department, any channel) */
    post: operations['recordWindowRating'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalog/matters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Matters of the current catalog; with ?region=, those offered there */
    get: operations['listCatalogMatters'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/guide': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The unified service guide for a region (统一办事指南) */
    get: operations['getGuide'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/guide/matters/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The guide for one matter in a region */
    get: operations['getMatterGuide'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/questionnaire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The questions a region's questionnaire may ask, in order */
    get: operations['getQuestionnaire'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bundle/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Answers in, the bundle of matters with reasons and the material list out (creates nothing)
     * @description Anyone may ask; a signed-in caller who gives the deceased's ID number also gets what shared data knows (the look-up is audited).
     */
    post: operations['previewBundle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The years whose official holiday notice is loaded; a due date in any other year is provisional (暂定: only weekends are known there) */
    get: operations['getCalendarNotices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/due-date': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Due date after N working days (the start day is day 0; due at the end of the Nth working day after it) */
    get: operations['getDueDate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/catalog/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Published catalog versions, newest (current) first */
    get: operations['listCatalogVersions'];
    put?: never;
    /**
     * Publish a new catalog version; cases already started keep theirs
     * @description A catalog with problems is refused with CATALOG_INVALID, its problems in `details.problems`.
     */
    post: operations['publishCatalogVersion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/catalog/versions/{version}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One catalog version as YAML, ready to edit and publish as a new version */
    get: operations['exportCatalogVersion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/catalog/diff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What changed between two catalog versions */
    get: operations['diffCatalogVersions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/catalog/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check a new catalog version without publishing: its problems, or its difference from the current one */
    post: operations['checkCatalog'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/department/sub-cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The department's sub-cases in its region (personal data masked), a page at a time
     * @description Oldest submission first, then by sub-case id. Keyset pagination: pass the `nextCursor` of a page as `cursor` to get the page after it, until `nextCursor` is null. The cursor is opaque; the scope of the signed-in staff member and the state filter apply to every page.
     */
    get: operations['listDepartmentSubCases'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/department/sub-cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open one sub-case with its fields in full (the view is audited) */
    get: operations['getDepartmentSubCase'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/department/sub-cases/{id}/claim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Claim (认领) a pending sub-case */
    post: operations['claimSubCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/department/sub-cases/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Complete (办结) with the typed result of the matter's result type */
    post: operations['completeSubCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/department/sub-cases/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refuse (不予办理) with a reason */
    post: operations['rejectSubCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/department/sub-cases/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Return for more information (goes to the family through the window; the clock stops) */
    post: operations['returnSubCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/department/sub-cases/{id}/transfer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hand to the competent office of another county (远程协办) */
    post: operations['transferSubCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/department/sub-cases/{id}/materials/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An uploaded material of the case, if the department's matter needs it (audited) */
    get: operations['getDepartmentSubCaseMaterial'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/death-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The issuer's institution's current reports, newest first */
    get: operations['listDeathReports'];
    put?: never;
    /**
     * Issue a death certificate, police death proof, cremation or burial record
     * @description The institution of the signed-in issuer files the report into the death registry. A second report of the same kind by the same institution for the same person is refused (DEATH_REPORT_EXISTS): correct the first instead.
     */
    post: operations['issueDeathReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/death-reports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One report in full, with its versions */
    get: operations['getDeathReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/death-reports/{id}/certificate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The e-certificate as PDF, with the QR code that checks it (the view is audited) */
    get: operations['getDeathReportCertificate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/death-reports/{id}/corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Correct a report: a new version of the same certificate, the old one kept as superseded */
    post: operations['correctDeathReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/verify/death-reports/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Check an e-certificate by the token in its QR code (no sign-in; shows only what is safe) */
    get: operations['verifyDeathReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/home-death-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Families' reports of deaths at home waiting for this clinic, oldest first */
    get: operations['listHomeDeathReports'];
    put?: never;
    /** Report a death at home to the competent clinic (直系亲属向村（社区）报告) */
    post: operations['reportHomeDeath'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/death-registry/conflicts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Registry records in the reviewer’s region where issuers disagree */
    get: operations['listDeathRegistryConflicts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/death-registry/{id}/resolutions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Say which report stands for a disputed field */
    post: operations['resolveDeathRegistryConflict'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/offers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open offers of proactive service to the caller, as registered next of kin */
    get: operations['listOffers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/offers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One offer, with the certificates the registry holds (the view is audited) */
    get: operations['getOffer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/offers/{id}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** “Not now”: the offer ends and nobody is contacted again about this death */
    post: operations['declineOffer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/department/death-notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Death notices for the department's benefits in its region (信息应用), newest first, masked */
    get: operations['listDeathNotices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/department/death-notices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One death notice with the deceased’s identity, to find them in the department’s records (audited) */
    get: operations['getDepartmentDeathNotice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/department/death-notices/{id}/acknowledgement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The benefit was stopped from a date, or the deceased had none
     * @description The same command a department’s own system uses. Answering again with the same answer changes nothing; a different answer is refused.
     */
    post: operations['acknowledgeDeathNoticeAtWorkbench'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/overpayments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Benefits stopped later than the day after death: probable overpayments to recover */
    get: operations['listOverpayments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/exchange': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Delivery per party: pending, in flight, failing, dead-lettered, oldest age, last error */
    get: operations['getExchangeMonitor'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/exchange/parties/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Create or change a party: a department office or a bank, and how it is reached */
    put: operations['saveExchangeParty'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/exchange/parties/{code}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A party’s messages in a state, newest first */
    get: operations['listExchangeMessages'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/exchange/parties/{code}/messages/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send dead-lettered messages again, with fresh attempts */
    post: operations['replayExchangeMessages'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/exchange/parties/{code}/credentials': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A new credential for the party (the secret is shown once); `rotate` retires the others after the overlap */
    post: operations['issueExchangeCredential'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/exchange/parties/{code}/credentials/{keyId}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Stop a credential at once */
    post: operations['revokeExchangeCredential'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/exchange/parties/{code}/push-key': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A new key the platform signs its pushes to the party with (shown once) */
    post: operations['issueExchangePushKey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/exchange/parties/{code}/pause': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hold delivery to the party (messages wait; nothing is lost) */
    post: operations['pauseExchangeParty'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/citizen/sign-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Citizen sign-in: redirect to the identity service
     * @description Starts OpenID Connect sign-in (authorization code with PKCE) and answers 302 to the identity service. `returnTo` is a same-site path to come back to after sign-in (default /portal).
     */
    get: operations['startCitizenSignIn'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/citizen/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Citizen sign-in: return from the identity service
     * @description The OpenID Connect redirect URI. On success sets the session cookie and answers 302 to the sign-in's returnTo; otherwise 302 to /portal?signInError=1. Its query (`code`, `state`, `iss`, or `error`) comes from the identity service.
     */
    get: operations['finishCitizenSignIn'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description Nobody is signed in */
    AnonymousMe: {
      /** @constant */
      kind: 'anonymous';
    };
    /** @description A benefit the body that paid it stopped from the death record, with no application */
    BenefitStop: {
      matterCode: string;
      matterName: components['schemas']['Bilingual'];
      department: components['schemas']['Bilingual'];
      /** @enum {string} */
      state: 'sent' | 'acknowledged';
      outcome: ('terminated' | 'not-a-beneficiary') | null;
      outcomeLabel: components['schemas']['Bilingual'];
      effectiveOn: string | null;
      notifiedAt: string;
      acknowledgedAt: string | null;
    };
    /** @description A text in Chinese and in English */
    Bilingual: {
      zh: string;
      en: string;
    };
    /** @description The bundle of matters with the reason for each, the material list, and the next question */
    BundlePreview: {
      catalogVersion: string;
      regionCode: string;
      profileCode: string;
      covered: boolean | null;
      notCovered: {
        reasons: components['schemas']['Bilingual'][];
        goTo: components['schemas']['Bilingual'];
      } | null;
      matters: {
        code: string;
        name: components['schemas']['Bilingual'];
        department: {
          code: string;
          name: components['schemas']['Bilingual'];
        };
        included: boolean | null;
        reason: components['schemas']['Bilingual'];
        needsApplication: boolean;
        /** @description Set when the matter is an issuer’s act (a death certificate, cremation or burial record), not applied for */
        issuedBy: ('medical-certificate' | 'police-proof' | 'cremation' | 'burial') | null;
        /** @description For an issuer’s act already done (the deceased given by a signed-in caller): the certificate the death registry holds */
        issued: {
          certificateNumber: string;
          institution: components['schemas']['Bilingual'];
          issuedAt: string;
          verifyToken: string;
        } | null;
        committedWorkingDays: number;
        statutoryWorkingDays: number;
        resultType: components['schemas']['ResultType'];
        implementer: components['schemas']['Bilingual'];
      }[];
      materials: {
        code: string;
        name: components['schemas']['Bilingual'];
        neededBy: string[];
        /** @description Whether the platform can fetch it instead: from shared data, or from the e-licence library */
        replaceableBy: ('shared-data' | 'e-licence') | null;
        note: components['schemas']['Bilingual'] | null;
      }[];
      questionnaire: {
        next: components['schemas']['Question'] | null;
        answered: string[];
        skipped: {
          id: string;
          question: components['schemas']['Bilingual'];
          /** @enum {string} */
          reason: 'shared-data' | 'region' | 'not-applicable';
          value: string | null;
          valueLabel: components['schemas']['Bilingual'] | null;
          from: components['schemas']['Bilingual'] | null;
        }[];
        remaining: number;
        complete: boolean;
      };
      /** @enum {string} */
      sharedData: 'used' | 'not-found' | 'unavailable' | 'sign-in-required' | 'not-requested';
      contact: components['schemas']['Bilingual'];
    };
    /** @description The questionnaire answers so far */
    BundlePreviewRequest: {
      regionCode: string;
      /** @default {} */
      answers: {
        [key: string]: string;
      };
      /** @description Signed in, shared data answers what it knows about the deceased */
      deceasedIdNumber?: string;
    };
    /** @description 遗体安葬（土葬）登记 */
    BurialRegistration: {
      /** @constant */
      kind: 'burial';
      deceased: components['schemas']['DeathReportDeceased'];
      /**
       * @description A date, YYYY-MM-DD
       * @example 2026-11-28
       */
      dateOfDeath: string;
      /**
       * @description A date, YYYY-MM-DD
       * @example 2026-11-28
       */
      burialDate: string;
      burialPlace: string;
      officer: string;
    };
    /** @description The years whose official holiday notice is loaded */
    CalendarNotices: {
      years: number[];
      today: string;
      /** @description This year and the next, where their notice is not loaded (due dates may fall there) */
      missing: number[];
    };
    /**
     * @description An action of the case's state table (what `allowedActions` lists for the caller)
     * @enum {string}
     */
    CaseAction: 'accept' | 'reject' | 'request_correction' | 'resubmit' | 'all_ended' | 'deliver';
    /**
     * @description A case (办件) as the family follows it: its state, its sub-cases and their results
     * @example {
     *       "id": "6d1f3a52-8c1b-4d3e-9f7a-2b5c4e6a8d90",
     *       "code": "530102202611200000019",
     *       "state": "in_progress",
     *       "regionCode": "530102",
     *       "regionNameZh": "五华区",
     *       "regionNameEn": "Wuhua District",
     *       "submittedAt": "2026-11-18T02:30:00.000Z",
     *       "completedAt": null,
     *       "deceasedName": "王建国",
     *       "version": 2,
     *       "stateLabel": {
     *         "zh": "办理中",
     *         "en": "In progress"
     *       },
     *       "channel": "online",
     *       "decisionReason": null,
     *       "correction": null,
     *       "documents": [
     *         {
     *           "kind": "acceptance",
     *           "token": "Yk3v9QpX2mRt7LwZ",
     *           "issuedAt": "2026-11-18T06:05:00.000Z"
     *         }
     *       ],
     *       "ratings": [],
     *       "subCases": [
     *         {
     *           "id": "0b9f6c1e-2f4e-4d55-9a36-3f0f5b8f7c21",
     *           "matterCode": "household-registration-cancellation",
     *           "matterNameZh": "户口注销",
     *           "matterNameEn": "Cancellation of household registration",
     *           "departmentCode": "public-security",
     *           "departmentNameZh": "公安机关",
     *           "departmentNameEn": "Public security",
     *           "state": "completed",
     *           "decidedAt": "2026-11-20T03:12:45.000Z",
     *           "decisionNote": null,
     *           "stateLabel": {
     *             "zh": "已办结",
     *             "en": "Done"
     *           },
     *           "dueOn": "2026-11-24",
     *           "result": {
     *             "type": "cancellation",
     *             "cancelledOn": "2026-11-20"
     *           },
     *           "resultLabels": {
     *             "documentNumber": {
     *               "zh": "文书编号",
     *               "en": "Document number"
     *             },
     *             "issuedOn": {
     *               "zh": "出具日期",
     *               "en": "Issued on"
     *             },
     *             "cancelledOn": {
     *               "zh": "户口注销日期",
     *               "en": "Registration cancelled on"
     *             },
     *             "amountYuan": {
     *               "zh": "金额（元）",
     *               "en": "Amount (yuan)"
     *             },
     *             "paidOn": {
     *               "zh": "支付日期",
     *               "en": "Paid on"
     *             },
     *             "accountMasked": {
     *               "zh": "收款账户",
     *               "en": "Paid to account"
     *             },
     *             "summary": {
     *               "zh": "结果说明",
     *               "en": "Summary"
     *             },
     *             "effectiveOn": {
     *               "zh": "生效日期",
     *               "en": "Effective on"
     *             }
     *           },
     *           "version": 3,
     *           "requests": []
     *         }
     *       ],
     *       "yourRole": "applicant",
     *       "heirs": [],
     *       "deathCertificates": [
     *         {
     *           "kind": "medical-certificate",
     *           "label": {
     *             "zh": "居民死亡医学证明（推断）书",
     *             "en": "Medical death certificate"
     *           },
     *           "certificateNumber": "YX53010220261101000001",
     *           "version": 1,
     *           "institution": {
     *             "zh": "五华区演示社区卫生服务站",
     *             "en": "Wuhua Demo Community Clinic"
     *           },
     *           "issuedAt": "2026-11-01T03:10:00.000Z",
     *           "verifyToken": "Qm4xT2vB9rKp7LwZc3Ns",
     *           "dateOfDeath": "2026-11-01",
     *           "eventDate": null,
     *           "placeOfDeath": "昆明市五华区家中",
     *           "funeralHome": null
     *         }
     *       ],
     *       "benefitStops": [
     *         {
     *           "matterCode": "medical-benefits-termination",
     *           "matterName": {
     *             "zh": "医保个人账户划拨、特殊病种门诊、特殊药品待遇终止",
     *             "en": "End of medical account allocation, special-disease outpatient and special-drug benefits"
     *           },
     *           "department": {
     *             "zh": "医疗保障",
     *             "en": "Medical Insurance"
     *           },
     *           "state": "acknowledged",
     *           "outcome": "terminated",
     *           "outcomeLabel": {
     *             "zh": "已终止",
     *             "en": "Stopped"
     *           },
     *           "effectiveOn": "2026-11-02",
     *           "notifiedAt": "2026-11-02T01:20:00.000Z",
     *           "acknowledgedAt": "2026-11-02T03:05:00.000Z"
     *         }
     *       ],
     *       "issuerSteps": [
     *         {
     *           "matterCode": "medical-death-certificate",
     *           "kind": "medical-certificate",
     *           "name": {
     *             "zh": "出具《居民死亡医学证明（推断）书》（正常死亡）",
     *             "en": "Medical death certificate (natural death)"
     *           },
     *           "implementer": {
     *             "zh": "村（社区）卫生室或救治的医疗机构",
     *             "en": "The village or community clinic, or the treating hospital"
     *           },
     *           "certificate": {
     *             "kind": "medical-certificate",
     *             "label": {
     *               "zh": "居民死亡医学证明（推断）书",
     *               "en": "Medical death certificate"
     *             },
     *             "certificateNumber": "YX53010220261101000001",
     *             "version": 1,
     *             "institution": {
     *               "zh": "五华区演示社区卫生服务站",
     *               "en": "Wuhua Demo Community Clinic"
     *             },
     *             "issuedAt": "2026-11-01T03:10:00.000Z",
     *             "verifyToken": "Qm4xT2vB9rKp7LwZc3Ns",
     *             "dateOfDeath": "2026-11-01",
     *             "eventDate": null,
     *             "placeOfDeath": "昆明市五华区家中",
     *             "funeralHome": null
     *           }
     *         }
     *       ]
     *     }
     */
    CaseDetail: {
      id: string;
      /** @description The unified case code (办件编码), 21 characters */
      code: string;
      state: components['schemas']['CaseState'];
      regionCode: string;
      regionNameZh: string;
      regionNameEn: string;
      submittedAt: string;
      completedAt: string | null;
      deceasedName: string;
      version: number;
      stateLabel: components['schemas']['Bilingual'];
      channel: components['schemas']['Channel'];
      decisionReason: string | null;
      correction: components['schemas']['CorrectionItem'][] | null;
      documents: {
        kind: components['schemas']['NoticeKind'];
        token: string;
        issuedAt: string;
      }[];
      ratings: {
        target: string;
        level: number;
      }[];
      deathCertificates: components['schemas']['RegistryCertificate'][];
      /** @description Benefits the bodies that paid them stopped from the death record, with no application */
      benefitStops: components['schemas']['BenefitStop'][];
      /** @description The bundle’s issuers’ acts: done (with the certificate) or still to happen (who does it, and where) */
      issuerSteps: components['schemas']['IssuerStep'][];
      subCases: components['schemas']['SubCaseSummary'][];
      /**
       * @description `applicant`: the caller applied; `heir`: the caller joined it as another heir (follows it only)
       * @enum {string}
       */
      yourRole: 'applicant' | 'heir';
      /** @description Other heirs who joined the case instead of applying again (names masked) */
      heirs: components['schemas']['Heir'][];
    };
    /** @description The cases the caller applied for or joined */
    CaseList: {
      items: components['schemas']['CaseDetail'][];
    };
    /**
     * @description Where a case (办件) stands: submitted (待受理) → in_progress (办理中) → ready_for_delivery (待出件) → delivered (已办结); or correction_requested (待补正), rejected (不予受理)
     * @enum {string}
     */
    CaseState:
      | 'submitted'
      | 'correction_requested'
      | 'rejected'
      | 'in_progress'
      | 'ready_for_delivery'
      | 'delivered';
    /** @description One value that changed */
    CatalogChange: {
      path: string;
      before: unknown;
      after: unknown;
    };
    /** @description Its problems, or its difference from the current version */
    CatalogCheckResult: {
      ok: boolean;
      problems: components['schemas']['CatalogProblem'][];
      diff: components['schemas']['CatalogDiff'] | null;
    };
    /** @description What changed between two catalog versions */
    CatalogDiff: {
      from: string;
      to: string;
      meta: components['schemas']['CatalogChange'][];
      matters: components['schemas']['CatalogDiffEntry'][];
      materials: components['schemas']['CatalogDiffEntry'][];
      questions: components['schemas']['CatalogDiffEntry'][];
      profiles: components['schemas']['CatalogDiffEntry'][];
      unchanged: boolean;
    };
    /** @description One matter, material, question or profile that changed */
    CatalogDiffEntry: {
      key: string;
      /** @enum {string} */
      change: 'added' | 'removed' | 'changed';
      changes: components['schemas']['CatalogChange'][];
    };
    /** @description A catalog version as YAML, ready to edit and publish as a new one */
    CatalogExport: {
      version: string;
      yaml: string;
    };
    /** @description Matters of the current catalog */
    CatalogMatterList: {
      catalogVersion: string;
      items: components['schemas']['MatterGuide'][];
    };
    /** @description A problem in a catalog: the file, the path in it, and what is wrong */
    CatalogProblem: {
      file: string;
      path: string;
      message: string;
    };
    /** @description A new catalog version, as YAML text or as a JSON object */
    CatalogSubmission: {
      /** @description The whole catalog as YAML (as exported) */
      yaml?: string;
      /** @description Or the whole catalog as a JSON object */
      content?: {
        [key: string]: unknown;
      };
      note?: string;
    };
    /** @description Published catalog versions, newest (current) first */
    CatalogVersionList: {
      items: components['schemas']['CatalogVersionSummary'][];
    };
    /** @description A published catalog version */
    CatalogVersionSummary: {
      version: string;
      digest: string;
      source: string;
      note: string | null;
      publishedAt: string;
      current: boolean;
    };
    /**
     * @description `online`: the family, on the portal; `window`: a clerk at the comprehensive window, for the applicant
     * @enum {string}
     */
    Channel: 'online' | 'window';
    /** @description A signed-in family member (through the identity service) */
    CitizenMe: {
      /** @constant */
      kind: 'citizen';
      id: string;
      name: string;
    };
    /** @description Complete (办结) with a result of the matter's result type */
    CompleteSubCaseRequest: {
      version: number;
      result: components['schemas']['CompletionResult'];
      note?: string;
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
    /** @description Which report stands for the disputed field, and on what grounds */
    ConflictResolution: {
      /** @enum {string} */
      field: 'name' | 'dateOfDeath' | 'placeOfDeath' | 'certifier' | 'disposition';
      /** Format: uuid */
      reportId: string;
      reason: string;
    };
    /** @description New values for the fields the correction notice lists, by key */
    CorrectFieldsRequest: {
      values: {
        [key: string]: string;
      };
    };
    /** @description One item a correction notice (补正告知) asks to put right */
    CorrectionItem: {
      /**
       * @description A field of the form, or a material
       * @enum {string}
       */
      kind: 'field' | 'material';
      key: string;
      reason: string;
      label?: string;
      labelEn?: string;
    };
    /** @description One correction notice (补正告知) listing every item at once */
    CorrectionNoticeRequest: {
      version: number;
      items: {
        /** @enum {string} */
        kind: 'field' | 'material';
        key: string;
        reason: string;
      }[];
    };
    /** @description 火化记录与火化证明 */
    CremationRecord: {
      /** @constant */
      kind: 'cremation';
      deceased: components['schemas']['DeathReportDeceased'];
      /**
       * @description A date, YYYY-MM-DD
       * @example 2026-11-28
       */
      dateOfDeath: string;
      /**
       * @description A date, YYYY-MM-DD
       * @example 2026-11-28
       */
      cremationDate: string;
      officer: string;
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
    /** @description The department's death notices, newest first */
    DeathNoticeList: {
      items: components['schemas']['DeathNoticeListItem'][];
    };
    /** @description A death notice on the workbench (personal data masked) */
    DeathNoticeListItem: {
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
      matterCode: string;
      matterName: components['schemas']['Bilingual'];
      resultDateLabel: components['schemas']['Bilingual'];
      regionCode: string;
      regionNameZh: string;
      deceasedNameMasked: string;
      deceasedIdNumberMasked: string;
      sentAt: string;
      partyCode: string;
    };
    /** @description Registry records where issuers disagree */
    DeathRegistryConflicts: {
      items: {
        recordId: string;
        regionCode: string;
        deceasedIdNumberMasked: string;
        updatedAt: string;
        conflicts: {
          /** @enum {string} */
          field: 'name' | 'dateOfDeath' | 'placeOfDeath' | 'certifier' | 'disposition';
          label: components['schemas']['Bilingual'];
          values: {
            reportId: string;
            version: number;
            value: string;
          }[];
          reports: {
            reportId: string;
            certificateNumber: string;
            kind: components['schemas']['DeathReportKind'];
            institution: string;
            value: string;
          }[];
        }[];
      }[];
    };
    /** @description The registry record after the decision */
    DeathRegistryRecordState: {
      id: string;
      state: components['schemas']['DeathRegistryState'];
    };
    /**
     * @description reported: known, not yet complete; verified: certified (and cremated or buried where the region requires it); conflict: issuers disagree, under review
     * @enum {string}
     */
    DeathRegistryState: 'reported' | 'verified' | 'conflict';
    /** @description One report by an issuer; the kind must be what the institution issues */
    DeathReportContent:
      | components['schemas']['MedicalDeathCertificate']
      | components['schemas']['PoliceDeathProof']
      | components['schemas']['CremationRecord']
      | components['schemas']['BurialRegistration'];
    /** @description A corrected report and why; the old version is kept, superseded */
    DeathReportCorrection: {
      content: components['schemas']['DeathReportContent'];
      reason: string;
    };
    /** @description Who died */
    DeathReportDeceased: {
      /**
       * @description Resident ID number (18 characters)
       * @example 530102194203150042
       */
      idNumber: string;
      name: string;
      /** @enum {string} */
      gender: 'male' | 'female';
    };
    /** @description One report in full, with its versions (the view is audited) */
    DeathReportDetail: {
      id: string;
      lineageId: string;
      version: number;
      status: string;
      kind: components['schemas']['DeathReportKind'];
      certificateNumber: string;
      verifyToken: string;
      institution: {
        code: string;
        zh: string;
        en: string;
      };
      issuedAt: string;
      correctionReason: string | null;
      content: components['schemas']['DeathReportContent'];
      history: {
        id: string;
        version: number;
        status: string;
        issuedAt: string;
        correctionReason: string | null;
      }[];
    };
    /**
     * @description medical-certificate: 居民死亡医学证明（推断）书 (hospital or clinic); police-proof: 公安机关死亡证明 (police station, unnatural death without treatment); cremation: 火化证明 (funeral home); burial: 土葬登记 (village or community committee)
     * @enum {string}
     */
    DeathReportKind: 'medical-certificate' | 'police-proof' | 'cremation' | 'burial';
    /** @description The institution's current reports, newest first */
    DeathReportList: {
      items: {
        id: string;
        lineageId: string;
        version: number;
        status: string;
        kind: components['schemas']['DeathReportKind'];
        certificateNumber: string;
        deceasedName: string;
        deceasedIdNumberMasked: string;
        dateOfDeath: string;
        issuedAt: string;
        registryState: components['schemas']['DeathRegistryState'] | null;
      }[];
    };
    /** @description What the QR code on an e-certificate confirms, without sign-in */
    DeathReportVerification: {
      kind: components['schemas']['DeathReportKind'];
      label: components['schemas']['Bilingual'];
      certificateNumber: string;
      version: number;
      /** @enum {string} */
      status: 'current' | 'superseded';
      institution: components['schemas']['Bilingual'];
      issuedOn: string;
      /** @description Masked */
      deceasedName: string;
      dateOfDeath: string;
    };
    /**
     * @description One sub-case opened by its department, with its fields in full (the view is audited)
     * @example {
     *       "id": "0b9f6c1e-2f4e-4d55-9a36-3f0f5b8f7c21",
     *       "caseCode": "530102202611200000019",
     *       "matterCode": "household-registration-cancellation",
     *       "matterNameZh": "户口注销",
     *       "matterNameEn": "Cancellation of household registration",
     *       "state": "in_review",
     *       "version": 2,
     *       "allowedActions": [
     *         "complete",
     *         "reject",
     *         "return",
     *         "transfer"
     *       ],
     *       "limit": {
     *         "due": "2026-11-24",
     *         "status": "on-track",
     *         "remainingWorkingDays": 3,
     *         "provisional": false
     *       },
     *       "result": null,
     *       "resultType": "cancellation",
     *       "resultLabels": {
     *         "documentNumber": {
     *           "zh": "文书编号",
     *           "en": "Document number"
     *         },
     *         "issuedOn": {
     *           "zh": "出具日期",
     *           "en": "Issued on"
     *         },
     *         "cancelledOn": {
     *           "zh": "户口注销日期",
     *           "en": "Registration cancelled on"
     *         },
     *         "amountYuan": {
     *           "zh": "金额（元）",
     *           "en": "Amount (yuan)"
     *         },
     *         "paidOn": {
     *           "zh": "支付日期",
     *           "en": "Paid on"
     *         },
     *         "accountMasked": {
     *           "zh": "收款账户",
     *           "en": "Paid to account"
     *         },
     *         "summary": {
     *           "zh": "结果说明",
     *           "en": "Summary"
     *         },
     *         "effectiveOn": {
     *           "zh": "生效日期",
     *           "en": "Effective on"
     *         }
     *       },
     *       "submittedAt": "2026-11-18T02:30:00.000Z",
     *       "decidedAt": null,
     *       "decisionNote": null,
     *       "regionNameZh": "五华区",
     *       "deathCertificates": [
     *         {
     *           "kind": "medical-certificate",
     *           "label": {
     *             "zh": "居民死亡医学证明（推断）书",
     *             "en": "Medical death certificate"
     *           },
     *           "certificateNumber": "YX53010220261101000001",
     *           "version": 1,
     *           "institution": {
     *             "zh": "五华区演示社区卫生服务站",
     *             "en": "Wuhua Demo Community Clinic"
     *           },
     *           "issuedAt": "2026-11-01T03:10:00.000Z",
     *           "verifyToken": "Qm4xT2vB9rKp7LwZc3Ns",
     *           "dateOfDeath": "2026-11-01",
     *           "eventDate": null,
     *           "placeOfDeath": "昆明市五华区家中",
     *           "funeralHome": null
     *         }
     *       ],
     *       "fields": [
     *         {
     *           "key": "deceased.name",
     *           "labelZh": "逝者姓名",
     *           "labelEn": "Name of the deceased",
     *           "value": "王建国",
     *           "text": {
     *             "zh": "王建国",
     *             "en": "王建国"
     *           }
     *         }
     *       ],
     *       "materials": [],
     *       "replacedMaterials": [],
     *       "requests": []
     *     }
     */
    DepartmentSubCase: {
      id: string;
      caseCode: string;
      matterCode: string;
      matterNameZh: string;
      matterNameEn: string;
      state: components['schemas']['SubCaseState'];
      version: number;
      /** @description What the caller may do now, by the state table */
      allowedActions: components['schemas']['SubCaseAction'][];
      limit: components['schemas']['TimeLimit'] | null;
      result: {
        [key: string]: unknown;
      } | null;
      /** @description The type of result this matter ends with: complete it with one */
      resultType: components['schemas']['ResultType'] | null;
      resultLabels: components['schemas']['ResultLabels'];
      submittedAt: string;
      decidedAt: string | null;
      decisionNote: string | null;
      regionNameZh: string;
      /** @description The death registry’s certificates for the deceased (verified; checkable by QR) */
      deathCertificates: components['schemas']['RegistryCertificate'][];
      fields: components['schemas']['ShownField'][];
      materials: {
        id: string;
        materialCode: string;
        name: components['schemas']['Bilingual'];
        kind: string;
        reference: string | null;
        mediaType: string | null;
        fileName: string | null;
        addedAt: string;
        /** @description Came after the application (a correction) */
        isNew: boolean;
        replaces: components['schemas']['ReplacedItem'][];
      }[];
      replacedMaterials: {
        id: string;
        materialCode: string;
        name: components['schemas']['Bilingual'];
        mediaType: string | null;
        fileName: string | null;
        addedAt: string;
        supersededAt: string | null;
        replacedBy: string;
      }[];
      requests: components['schemas']['SupplementRequest'][];
    };
    /** @description A sub-case in the department's list (personal data masked) */
    DepartmentSubCaseListItem: {
      id: string;
      caseCode: string;
      matterCode: string;
      matterNameZh: string;
      matterNameEn: string;
      state: components['schemas']['SubCaseState'];
      version: number;
      submittedAt: string;
      deceasedNameMasked: string;
      deceasedIdNumberMasked: string | null;
      regionCode: string;
      regionNameZh: string;
      limit: components['schemas']['TimeLimit'] | null;
      /** @description When the answer to a return came in, while the sub-case is back in review */
      answeredAt: string | null;
    };
    /** @description One page of the department's sub-cases in its region, oldest submission first */
    DepartmentSubCasePage: {
      items: components['schemas']['DepartmentSubCaseListItem'][];
      /** @description Pass as `cursor` for the page after this one; null on the last page */
      nextCursor: string | null;
      /** @description How many sub-cases the filter matches in all (the same scope and state), on every page */
      total: number;
    };
    /** @description SMS the development sink held instead of sending */
    DevelopmentSmsList: {
      items: {
        id: string;
        to: string | null;
        body: string;
        status: string;
        createdAt: string;
      }[];
    };
    /** @description An application being prepared: the merged form, the materials and what is still missing */
    Draft: {
      id: string;
      version: number;
      channel: components['schemas']['Channel'];
      regionCode: string;
      catalogVersion: string;
      expiresAt: string;
      updatedAt: string;
      matters: {
        code: string;
        name: components['schemas']['Bilingual'];
        department: string;
        departmentName: components['schemas']['Bilingual'];
      }[];
      form: {
        id: string;
        title: components['schemas']['Bilingual'];
        fields: components['schemas']['DraftField'][];
      }[];
      materials: components['schemas']['DraftMaterial'][];
      sharedData: {
        [key: string]: 'used' | 'not-found' | 'unavailable';
      };
      problems: components['schemas']['FieldError'][];
      consent: {
        version: string;
        zh: string;
        en: string;
        assistedZh: string;
        assistedEn: string;
      };
      maxUploadBytes: number;
    };
    /** @description A field of the merged form, with where its value came from */
    DraftField: {
      key: string;
      label: components['schemas']['Bilingual'];
      input: string;
      options: {
        value: string;
        zh: string;
        en: string;
      }[];
      hint: components['schemas']['Bilingual'] | null;
      optional: boolean;
      value: string;
      source: string | null;
      sourceLabel: components['schemas']['Bilingual'] | null;
      certified: boolean;
      flagged: string | null;
      neededBy: string[];
    };
    /** @description The caller's unfinished applications */
    DraftList: {
      items: components['schemas']['DraftSummary'][];
    };
    /** @description A material the matters need, and what is attached for it */
    DraftMaterial: {
      code: string;
      name: components['schemas']['Bilingual'];
      neededBy: string[];
      replaceableBy: ('shared-data' | 'e-licence') | null;
      satisfied: boolean;
      items: {
        id: string;
        /** @enum {string} */
        kind: 'upload' | 'e-licence' | 'shared-data';
        label: components['schemas']['Bilingual'];
        mediaType: string | null;
        fileDigest: string | null;
        originalName: string | null;
      }[];
    };
    /** @description An unfinished application */
    DraftSummary: {
      id: string;
      regionCode: string;
      deceasedName: string | null;
      updatedAt: string;
      expiresAt: string;
      matterCount: number;
    };
    /** @description A due date in working days, with the days skipped and why */
    DueDate: {
      start: string;
      workingDays: number;
      region: string | null;
      due: string;
      provisional: boolean;
      convention: components['schemas']['Bilingual'];
      skipped: {
        date: string;
        reason: string;
        name?: string;
      }[];
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
    /** @description A party’s messages, newest first */
    ExchangeMessageList: {
      items: components['schemas']['ExchangeMessageRow'][];
    };
    /** @description One message of a party, as the monitor lists it */
    ExchangeMessageRow: {
      id: string;
      sequence: number;
      /** @enum {string} */
      kind: 'sub-case.routed' | 'sub-case.supplemented' | 'death.notified';
      subjectId: string;
      /** @enum {string} */
      adapter: 'workbench' | 'push' | 'pull';
      /** @enum {string} */
      state: 'pending' | 'in_flight' | 'delivered' | 'dead';
      attempts: number;
      replays: number;
      createdAt: string;
      nextAttemptAt: string | null;
      lastAttemptAt: string | null;
      lastError: string | null;
      deliveredAt: string | null;
    };
    /** @description Delivery per party in the administrator’s region */
    ExchangeMonitor: {
      parties: components['schemas']['ExchangePartyView'][];
    };
    /** @description One party on the delivery monitor */
    ExchangePartyView: {
      code: string;
      /** @description False for a workbench office that has messages but no configuration */
      configured: boolean;
      /** @enum {string} */
      kind: 'department' | 'bank';
      departmentCode: string;
      regionCode: string | null;
      bankName: string | null;
      nameZh: string | null;
      nameEn: string | null;
      /** @enum {string} */
      adapter: 'workbench' | 'push' | 'pull';
      endpointUrl: string | null;
      pushKeyId: string | null;
      paused: boolean;
      /** @enum {string} */
      circuitState: 'closed' | 'open' | 'half_open';
      circuitChangedAt: string | null;
      counts: {
        pending: number;
        in_flight: number;
        delivered: number;
        dead: number;
        failing: number;
      };
      oldestUndeliveredAt: string | null;
      oldestAgeSeconds: number | null;
      lastError: string | null;
      lastErrorAt: string | null;
      credentials: {
        keyId: string;
        createdAt: string;
        expiresAt: string | null;
        revokedAt: string | null;
        lastUsedAt: string | null;
        active: boolean;
      }[];
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
    /** @description One file, in the multipart part `file`: image/jpeg, image/png, image/webp, application/pdf */
    FileUpload: {
      /**
       * Format: binary
       * @description The file; its content decides its type, not its name
       */
      file: Blob;
    };
    /** @description The follow-up of a poor rating (不满意 or worse) */
    FollowUp: {
      id: string;
      caseCode: string;
      target: string;
      level: number;
      comment: string | null;
      state: components['schemas']['FollowUpState'];
      dueOn: string;
      /** @description The due date's year has no official holiday notice loaded (暂定) */
      dueProvisional: boolean;
      callBackNote: string | null;
      rectificationNote: string | null;
      createdAt: string;
      /** @description The applicant to call back, masked; the full contact is read (and audited) separately */
      contact: {
        nameMasked: string;
        phoneMasked: string;
      };
    };
    /** @description The applicant's full name and mobile number, to call back */
    FollowUpContact: {
      name: string;
      phone: string;
    };
    /** @description Follow-ups of poor ratings */
    FollowUpList: {
      items: components['schemas']['FollowUp'][];
    };
    /**
     * @description Where the follow-up of a poor rating stands
     * @enum {string}
     */
    FollowUpState: 'open' | 'called_back' | 'closed';
    /** @description The call-back and the rectification; close when both are written */
    FollowUpUpdateRequest: {
      callBackNote?: string;
      rectificationNote?: string;
      /** @default false */
      close: boolean;
    };
    /** @description The unified service guide for a region (统一办事指南) */
    Guide: {
      catalogVersion: string;
      effective: string;
      title: components['schemas']['Bilingual'];
      region: {
        code: string;
        name: components['schemas']['Bilingual'];
        parentName: components['schemas']['Bilingual'] | null;
        funeralMode: ('cremation' | 'burial') | null;
        pilot: boolean;
      };
      profile: {
        code: string;
        name: components['schemas']['Bilingual'];
        source: string;
        contact: components['schemas']['Bilingual'];
        /** @enum {string} */
        payee: 'applicant-account' | 'deceased-account';
      };
      flow: {
        step: number;
        title: components['schemas']['Bilingual'];
        detail: components['schemas']['Bilingual'];
      }[];
      coverage: {
        notCovered: components['schemas']['Bilingual'][];
        goTo: components['schemas']['Bilingual'] | null;
      };
      whereToGo: components['schemas']['Bilingual'];
      matters: components['schemas']['MatterGuide'][];
    };
    /** @description Hand the case to another clerk of the region, with a reason */
    HandOverRequest: {
      toUsername: string;
      reason: string;
    };
    /** @description Health of the database and the job queue */
    Health: {
      /** @enum {string} */
      status: 'ok' | 'unavailable';
      database: {
        ok: boolean;
        /** @enum {string} */
        backend: 'pglite' | 'postgres';
      };
      jobs: {
        ok: boolean;
      };
    };
    /** @description Another heir who joined the case instead of applying again (name masked) */
    Heir: {
      nameMasked: string;
      relationship: string;
      joinedAt: string;
    };
    /** @description Deaths at home reported by families, waiting for the clinic (view audited) */
    HomeDeathQueue: {
      items: {
        id: string;
        regionCode: string;
        dateOfDeath: string;
        reportedAt: string;
        deceasedName: string;
        deceasedIdNumber: string;
        address: string;
        phone: string;
        phoneMasked: string;
        note: string;
      }[];
    };
    /** @description A family’s report of a death at home to the competent clinic */
    HomeDeathReport: {
      deceasedIdNumber: string;
      deceasedName: string;
      regionCode: string;
      address: string;
      /**
       * @description A date, YYYY-MM-DD
       * @example 2026-11-28
       */
      dateOfDeath: string;
      phone?: string;
      note?: string;
    };
    /** @description The report, now in the clinic’s queue */
    HomeDeathReported: {
      id: string;
    };
    /** @description With `rotate`, the party’s other credentials keep working only until the overlap ends */
    IssueCredentialRequest: {
      /** @default false */
      rotate: boolean;
    };
    /** @description The report as filed, with its certificate number and the registry’s state */
    IssuedDeathReport: {
      id: string;
      lineageId: string;
      version: number;
      certificateNumber: string;
      verifyToken: string;
      registry: {
        id: string;
        state: components['schemas']['DeathRegistryState'];
      };
    };
    /** @description A new credential or push key, with its secret (shown once) */
    IssuedSecret: {
      partyCode: string;
      keyId: string;
      /** @description Shown this once; the platform keeps it sealed */
      secret: string;
      retiring?: string[];
      retiringUntil?: string | null;
    };
    /** @description An issuer’s act in the bundle: done (with its certificate) or still to happen */
    IssuerStep: {
      matterCode: string;
      kind: components['schemas']['DeathReportKind'] | null;
      name: components['schemas']['Bilingual'];
      implementer: components['schemas']['Bilingual'];
      certificate: components['schemas']['RegistryCertificate'] | null;
    };
    /** @description Join a case as another heir: the deceased's ID number, as CASE_EXISTS told, and the relationship */
    JoinCaseRequest: {
      deceasedIdNumber: string;
      relationship: string;
    };
    /** @description The guide for one matter in a region (统一办事指南) */
    MatterGuide: {
      code: string;
      name: components['schemas']['Bilingual'];
      department: {
        code: string;
        name: components['schemas']['Bilingual'];
      };
      level: components['schemas']['Bilingual'];
      implementer: components['schemas']['Bilingual'];
      legalBasis: string[];
      conditions: components['schemas']['Bilingual'][];
      materials: {
        code: string;
        name: components['schemas']['Bilingual'];
        /** @description Whether the platform can fetch it instead: from shared data, or from the e-licence library */
        replaceableBy: ('shared-data' | 'e-licence') | null;
        note: components['schemas']['Bilingual'] | null;
      }[];
      statutoryWorkingDays: number;
      committedWorkingDays: number;
      resultType: components['schemas']['Bilingual'];
      resultTypeCode: components['schemas']['ResultType'];
      needsApplication: boolean;
      /** @description Set when the matter is an issuer’s act (a death certificate, cremation or burial record), not applied for */
      issuedBy: ('medical-certificate' | 'police-proof' | 'cremation' | 'burial') | null;
      fee: components['schemas']['Bilingual'];
      appliesWhen: components['schemas']['Bilingual'] | null;
    };
    /** @description Matters that can be applied for */
    MatterList: {
      items: components['schemas']['MatterSummary'][];
    };
    /** @description A matter that can be applied for */
    MatterSummary: {
      code: string;
      nameZh: string;
      nameEn: string;
      departmentCode: string;
      departmentNameZh: string;
      departmentNameEn: string;
      committedWorkingDays: number;
    };
    /** @description Who is signed in, by `kind` */
    Me:
      | components['schemas']['AnonymousMe']
      | components['schemas']['StaffMe']
      | components['schemas']['CitizenMe'];
    /** @description 居民死亡医学证明（推断）书 */
    MedicalDeathCertificate: {
      /** @constant */
      kind: 'medical-certificate';
      deceased: components['schemas']['DeathReportDeceased'];
      /**
       * @description A date, YYYY-MM-DD
       * @example 2026-11-28
       */
      dateOfDeath: string;
      /**
       * @description HH:MM
       * @example 06:40
       */
      timeOfDeath: string;
      placeOfDeath: string;
      /** @enum {string} */
      placeKind: 'hospital' | 'on-the-way' | 'home' | 'care-home' | 'other';
      /** @description The cause-of-death chain, a (immediate) to d (underlying), with ICD-10 codes */
      causes: {
        cause: string;
        icd10: string;
        interval: string;
      }[];
      doctor: string;
      /**
       * Format: uuid
       * @description The family’s report of a death at home this certificate answers
       */
      homeReportId?: string;
    };
    /** @description An in-app message to the family */
    Message: {
      id: string;
      template: string;
      body: string;
      createdAt: string;
      readAt: string | null;
      /** @description What the message is about, to open it there: the case, its correction items, a department question… */
      about: {
        /** @enum {string} */
        kind: 'case' | 'correction' | 'returned' | 'progress' | 'results' | 'drafts';
        caseCode: string | null;
        subCaseId: string | null;
      };
    };
    /** @description The caller's in-app messages, newest first */
    MessageList: {
      items: components['schemas']['Message'][];
      unread: number;
    };
    /**
     * @description A written notice of the case (a PDF with a QR code to verify it)
     * @enum {string}
     */
    NoticeKind: 'acceptance' | 'rejection' | 'correction' | 'completion';
    /** @description A benefit stopped later than the day after death */
    OverpaymentItem: {
      id: string;
      matterCode: string;
      matterName: components['schemas']['Bilingual'];
      department: components['schemas']['Bilingual'];
      regionCode: string;
      regionNameZh: string;
      deceasedNameMasked: string;
      dateOfDeath: string;
      effectiveOn: string | null;
      overpayment: {
        from: string;
        through: string;
        days: number;
      } | null;
      acknowledgedAt: string | null;
    };
    /** @description Benefits stopped later than the day after death */
    OverpaymentList: {
      items: components['schemas']['OverpaymentItem'][];
    };
    /** @description Hold (true) or resume (false) delivery to the party */
    PausePartyRequest: {
      paused: boolean;
    };
    /** @description The files waiting to be sent with the answer */
    PendingSupplementFiles: {
      pendingFiles: components['schemas']['SupplementFile'][];
    };
    /** @description 公安机关出具的死亡证明（未经救治的非正常死亡） */
    PoliceDeathProof: {
      /** @constant */
      kind: 'police-proof';
      deceased: components['schemas']['DeathReportDeceased'];
      /**
       * @description A date, YYYY-MM-DD
       * @example 2026-11-28
       */
      dateOfDeath: string;
      timeOfDeath: string;
      placeOfDeath: string;
      /** @enum {string} */
      manner: 'accident' | 'suicide' | 'homicide' | 'undetermined';
      incidentNumber: string;
      officer: string;
    };
    /** @description An offer of proactive service to the registered next of kin */
    ProactiveOffer: {
      id: string;
      state: string;
      regionCode: string;
      deceasedName: string | null;
      deceasedIdNumberMasked: string;
      dateOfDeath: string | null;
      sentAt: string | null;
    };
    /** @description The offer with what the registry knows (the view is audited) */
    ProactiveOfferDetail: {
      id: string;
      state: string;
      regionCode: string;
      deceasedName: string | null;
      deceasedIdNumberMasked: string;
      dateOfDeath: string | null;
      sentAt: string | null;
      deceasedIdNumber: string | null;
      certificates: components['schemas']['RegistryCertificate'][];
    };
    /** @description Open offers for the caller */
    ProactiveOfferList: {
      items: components['schemas']['ProactiveOffer'][];
    };
    /** @description A question of the questionnaire, with its options */
    Question: {
      id: string;
      text: components['schemas']['Bilingual'];
      help: components['schemas']['Bilingual'] | null;
      options: {
        value: string;
        label: components['schemas']['Bilingual'];
      }[];
    };
    /** @description The questions a region's questionnaire may ask, in order */
    Questionnaire: {
      catalogVersion: string;
      questions: components['schemas']['Question'][];
    };
    /** @description A rating (好差评), once for the case and once per department */
    RatingRequest: {
      /** @description `case`, or `department:<code>` for one department */
      target: string;
      /** @description 5 非常满意 … 1 非常不满意 */
      level: number;
      comment?: string;
    };
    /** @description A region (GB/T 2260 code) */
    Region: {
      code: string;
      nameZh: string;
      nameEn: string;
      level: string;
      parentCode: string | null;
      parentNameZh: string | null;
      parentNameEn: string | null;
      funeralMode: string | null;
      pilot: boolean;
    };
    /** @description Regions where the service is offered */
    RegionList: {
      items: components['schemas']['Region'][];
    };
    /** @description A certificate the death registry holds, as verified material */
    RegistryCertificate: {
      kind: components['schemas']['DeathReportKind'];
      label: components['schemas']['Bilingual'];
      certificateNumber: string;
      version: number;
      institution: components['schemas']['Bilingual'];
      issuedAt: string;
      verifyToken: string;
      dateOfDeath: string;
      eventDate: string | null;
      placeOfDeath: string | null;
      funeralHome: string | null;
    };
    /** @description Do not accept (不予受理), with the reason the family is given */
    RejectCaseRequest: {
      version: number;
      reason: string;
    };
    /** @description An upload a newer one replaced (a correction of the same material) */
    ReplacedItem: {
      id: string;
      fileName: string | null;
      addedAt: string;
    };
    /** @description The dead-lettered messages to send again (all of the party’s when none named) */
    ReplayRequest: {
      ids?: string[];
    };
    /** @description How many dead-lettered messages go again */
    ReplayResult: {
      replayed: number;
    };
    /** @description What each value of a matter's result is called (户口注销日期 for a household registration) */
    ResultLabels: {
      documentNumber: components['schemas']['Bilingual'];
      issuedOn: components['schemas']['Bilingual'];
      cancelledOn: components['schemas']['Bilingual'];
      amountYuan: components['schemas']['Bilingual'];
      paidOn: components['schemas']['Bilingual'];
      accountMasked: components['schemas']['Bilingual'];
      summary: components['schemas']['Bilingual'];
      effectiveOn: components['schemas']['Bilingual'];
    };
    /**
     * @description The kind of result a matter ends with; a department completes a sub-case with a result of its matter's type
     * @enum {string}
     */
    ResultType: 'certificate' | 'cancellation' | 'payment' | 'inquiry-result' | 'termination';
    /** @description The code of the party created or changed */
    SavedParty: {
      code: string;
    };
    /** @description Typed values, and flags on certified values (which cannot be edited), by field key */
    SaveDraftRequest: {
      version: number;
      values?: {
        [key: string]: string;
      };
      flags?: {
        [key: string]: string;
      };
    };
    /** @description A party: who it is and how it is reached */
    SavePartyRequest: {
      /** @enum {string} */
      kind: 'department' | 'bank';
      departmentCode: string;
      regionCode: string;
      bankName?: string;
      nameZh: string;
      nameEn: string;
      /** @enum {string} */
      adapter: 'workbench' | 'push' | 'pull';
      /** Format: uri */
      endpointUrl?: string;
    };
    /** @description A field of the application as a person reads it: `value` as stored (a code), `text` in words */
    ShownField: {
      key: string;
      labelZh: string;
      labelEn: string;
      value: string;
      /** @description The value in words (option labels), null when left empty */
      text: components['schemas']['Bilingual'] | null;
    };
    /** @description A signed-in staff member, with the role and scope they work in */
    StaffMe: {
      /** @constant */
      kind: 'staff';
      id: string;
      username: string;
      displayName: string;
      role: components['schemas']['StaffRole'];
      roleLabelZh: string;
      roleLabelEn: string;
      departmentCode: string | null;
      departmentNameZh: string | null;
      departmentNameEn: string | null;
      institutionCode: string | null;
      institutionNameZh: string | null;
      institutionNameEn: string | null;
      institutionKind: string | null;
      regionCode: string;
      regionNameZh: string;
      regionNameEn: string;
    };
    /**
     * @description A staff role
     * @enum {string}
     */
    StaffRole:
      | 'window_clerk'
      | 'department_approver'
      | 'department_supervisor'
      | 'supervisor'
      | 'admin'
      | 'health_issuer'
      | 'police_issuer'
      | 'funeral_home_clerk'
      | 'burial_registrar';
    /** @description A staff member signs in with user name and password */
    StaffSignInRequest: {
      username: string;
      password: string;
    };
    /** @description Start an application from the questionnaire */
    StartDraftRequest: {
      regionCode: string;
      /** @description The questionnaire, question id to option */
      answers: {
        [key: string]: string;
      };
      deceasedIdNumber: string;
      /** @description For a clerk's assisted application only */
      applicantIdNumber?: string;
    };
    /**
     * @description An action of the sub-case's state table (what `allowedActions` lists for the caller)
     * @enum {string}
     */
    SubCaseAction:
      | 'route'
      | 'cancel'
      | 'claim'
      | 'complete'
      | 'reject'
      | 'return'
      | 'supplement'
      | 'transfer';
    /** @description Refuse, or return for more information, with the reason */
    SubCaseReasonRequest: {
      version: number;
      reason: string;
    };
    /**
     * @description Where one matter's sub-case (子件) stands at its department: waiting (until the case is accepted) → pending → in_review → completed | rejected | returned (more information asked; the clock stops) | cancelled
     * @enum {string}
     */
    SubCaseState: 'waiting' | 'pending' | 'in_review' | 'returned' | 'completed' | 'rejected' | 'cancelled';
    /** @description One matter of a case at its department, as the family follows it */
    SubCaseSummary: {
      id: string;
      matterCode: string;
      matterNameZh: string;
      matterNameEn: string;
      departmentCode: string;
      departmentNameZh: string;
      departmentNameEn: string;
      state: components['schemas']['SubCaseState'];
      decidedAt: string | null;
      decisionNote: string | null;
      stateLabel: components['schemas']['Bilingual'];
      dueOn: string | null;
      result: {
        [key: string]: unknown;
      } | null;
      resultLabels: components['schemas']['ResultLabels'];
      version: number;
      requests: components['schemas']['SupplementRequest'][];
    };
    /** @description Submit with the declaration accepted (and, at the window, the applicant's consent) */
    SubmitDraftRequest: {
      version: number;
      declaration: {
        version: string;
        accepted: boolean;
      };
      assistedConsent?: boolean;
    };
    /** @description A case as a supervisor sees it: its progress, with the family's details masked (the view is audited) */
    SupervisedCase: {
      code: string;
      state: components['schemas']['CaseState'];
      channel: components['schemas']['SupervisionChannel'];
      regionCode: string;
      submittedAt: string;
      completedAt: string | null;
      deceasedNameMasked: string;
      applicantNameMasked: string;
      applicantPhoneMasked: string;
      subCases: {
        matterCode: string;
        departmentCode: string;
        regionCode: string;
        state: components['schemas']['SubCaseState'];
        dueOn: string | null;
        endedOn: string | null;
        handledWorkingDays: number | null;
        /** @enum {string} */
        status: 'on-track' | 'due-soon' | 'overdue' | 'paused' | 'ended' | 'not-started';
        escalated: boolean;
      }[];
      ratings: {
        target: string;
        level: number;
        comment: string | null;
      }[];
    };
    /** @description Open sub-cases in scope, soonest due first */
    SupervisedSubCaseList: {
      items: {
        subCaseId: string;
        caseCode: string;
        matterCode: string;
        departmentCode: string;
        regionCode: string;
        state: components['schemas']['SubCaseState'];
        dueOn: string;
        /** @enum {string} */
        status: 'overdue' | 'at-risk' | 'on-track';
        /** @description Negative when overdue */
        remainingWorkingDays: number;
        escalated: boolean;
      }[];
      total: number;
      nextCursor: string | null;
    };
    /**
     * @description online; window; proactive (begun from a proactive offer)
     * @enum {string}
     */
    SupervisionChannel: 'online' | 'window' | 'proactive';
    /** @description Supervision's figures for one region and period */
    SupervisionDashboard: {
      scope: {
        regionCode: string;
        nameZh: string;
        nameEn: string;
        /** @enum {string} */
        level: 'province' | 'prefecture' | 'county';
        /** @description Set when the figures are one department’s */
        departmentCode: string | null;
        /** @description The region above, when it is within your scope (to go back up) */
        parentCode: string | null;
      };
      period: {
        /** @description A month, YYYY-MM */
        from: string;
        /** @description A month, YYYY-MM */
        to: string;
      };
      today: string;
      /** @description When the figures were read */
      asOf: string;
      /**
       * @description Read from the database itself or from its reporting replica (DATABASE_READ_URL)
       * @enum {string}
       */
      source: 'primary' | 'replica';
      /** @description How far the replica was behind, when read there */
      replicaLagSeconds: number | null;
      /** @description The regions one level down, to drill into */
      children: {
        code: string;
        nameZh: string;
        nameEn: string;
        level: string;
      }[];
      departments: {
        code: string;
        nameZh: string;
        nameEn: string;
      }[];
      matters: {
        code: string;
        nameZh: string;
        nameEn: string;
        departmentCode: string;
        /** @description The committed time limit (承诺时限) */
        committedWorkingDays: number | null;
      }[];
      cases: {
        /** @description Every case in scope, whatever its state */
        total: number;
        byState: {
          state: components['schemas']['CaseState'];
          count: number;
        }[];
        /** @description Received in the period */
        received: number;
        /** @description Completed in the period */
        completed: number;
        byChannel: {
          channel: components['schemas']['SupervisionChannel'];
          count: number;
        }[];
        byMonth: {
          /** @description A month, YYYY-MM */
          month: string;
          online: number;
          window: number;
          proactive: number;
          completed: number;
        }[];
        byRegion: {
          regionCode: string;
          received: number;
          completed: number;
          /** @description Not yet completed or refused, now */
          open: number;
        }[];
      };
      timeLimits: {
        /** @description Open with the clock running */
        open: number;
        overdue: number;
        /** @description Not yet overdue, but most of the committed time used */
        atRisk: number;
        /** @description Returned for more information; the clock is stopped */
        waitingOnFamily: number;
        byDepartment: {
          departmentCode: string;
          /** @description Open with the clock running */
          open: number;
          overdue: number;
          /** @description Not yet overdue, but most of the committed time used */
          atRisk: number;
        }[];
        byRegion: {
          regionCode: string;
          /** @description Open with the clock running */
          open: number;
          overdue: number;
          /** @description Not yet overdue, but most of the committed time used */
          atRisk: number;
        }[];
        byMatter: {
          departmentCode: string;
          matterCode: string;
          /** @description Open with the clock running */
          open: number;
          overdue: number;
          /** @description Not yet overdue, but most of the committed time used */
          atRisk: number;
        }[];
      };
      handling: {
        departmentCode: string;
        matterCode: string;
        /** @description Completed or refused in the period */
        ended: number;
        medianWorkingDays: number | null;
        p90WorkingDays: number | null;
        committedWorkingDays: number | null;
        /** @description Share ended within the committed limit */
        onTimeShare: number | null;
      }[];
      ratings: {
        total: number;
        /** @description Share rated 满意 or 非常满意 */
        satisfiedShare: number | null;
        byLevel: {
          level: number;
          count: number;
        }[];
        byDepartment: {
          /** @description null: ratings of the case as a whole */
          departmentCode: string | null;
          count: number;
          satisfiedShare: number | null;
          /** @description Rated 不满意 or worse */
          poor: number;
        }[];
        byRegion: {
          regionCode: string;
          count: number;
          satisfiedShare: number | null;
        }[];
      };
      followUps: {
        open: number;
        /** @description Open past their deadline */
        overdue: number;
        /** @description The earliest deadline of an open follow-up */
        nextDue: string | null;
        byState: {
          state: string;
          count: number;
        }[];
      };
      /** @description What the reform saved families in the period: materials not demanded (shared data, e-licences), fields pre-filled, visits avoided, benefits stopped without an application */
      savings: {
        /** @description Cases received in the period */
        cases: number;
        /** @description Of which applied for without coming in (online or proactive) */
        onlineCases: number;
        /** @description Materials shared data or an e-licence stood in for */
        materialsNotDemanded: number;
        /** @description Form fields filled from what the platform already knew */
        fieldsPrefilled: number;
        /** @description Department visits the families did not have to make */
        visitsAvoided: number;
        /** @description Benefits stopped on a death notice, without an application */
        benefitsStopped: number;
      };
    };
    /** @description The answer to a return: the text, sent with the files attached so far */
    SupplementAnswerRequest: {
      version: number;
      /** @default  */
      note: string;
    };
    /** @description A file attached to the answer to a department */
    SupplementFile: {
      id: string;
      name: string;
      mediaType: string | null;
      size: number | null;
      addedAt: string;
    };
    /** @description A department's request for more information (退回补充) and the answer to it */
    SupplementRequest: {
      id: string;
      reason: string;
      requestedAt: string;
      answer: {
        note: string;
        answeredAt: string;
        channel: components['schemas']['Channel'];
        files: components['schemas']['SupplementFile'][];
      } | null;
      /** @description Files attached to the answer, not sent yet */
      pendingFiles: components['schemas']['SupplementFile'][];
    };
    /** @description A sub-case's time limit in working days */
    TimeLimit: {
      due: string;
      status: components['schemas']['TimeLimitStatus'];
      remainingWorkingDays: number;
      provisional: boolean;
    };
    /** @description An open sub-case due soon (yellow) or overdue (red) */
    TimeLimitAlert: {
      subCaseId: string;
      caseCode: string;
      matterCode: string;
      departmentCode: string;
      regionCode: string;
      state: components['schemas']['SubCaseState'];
      due: string;
      status: components['schemas']['TimeLimitStatus'];
      remainingWorkingDays: number;
      /** @description The due date's year has no official holiday notice loaded (暂定) */
      provisional: boolean;
      escalated: boolean;
    };
    /** @description Open sub-cases due soon or overdue */
    TimeLimitAlertList: {
      items: components['schemas']['TimeLimitAlert'][];
    };
    /**
     * @description A time limit: due-soon past 70 % of it (yellow), overdue past it (red), paused while the family is asked for more, ended when the sub-case is
     * @enum {string}
     */
    TimeLimitStatus: 'on-track' | 'due-soon' | 'overdue' | 'paused' | 'ended';
    /** @description Hand to the competent office of another county (远程协办) */
    TransferSubCaseRequest: {
      version: number;
      toRegion: string;
      reason: string;
    };
    /** @description An action on the version the caller last read */
    VersionRequest: {
      /** @description The version last read (optimistic concurrency) */
      version: number;
    };
    /** @description The whole application as the window clerk handles it */
    WindowCase: {
      id: string;
      code: string;
      state: components['schemas']['CaseState'];
      version: number;
      channel: components['schemas']['Channel'];
      regionCode: string;
      submittedAt: string;
      owner: {
        id: string;
        name: string;
        isMe: boolean;
      } | null;
      allowedActions: components['schemas']['CaseAction'][];
      correction: components['schemas']['CorrectionItem'][] | null;
      decisionReason: string | null;
      /** @description Other cases for the same deceased (earlier or later), newest first */
      sameDeceased: {
        id: string;
        code: string;
        state: components['schemas']['CaseState'];
        stateLabel: components['schemas']['Bilingual'];
        channel: components['schemas']['Channel'];
        submittedAt: string;
        regionCode: string;
      }[];
      /** @description The death registry’s certificates for the deceased (verified; checkable by QR) */
      deathCertificates: components['schemas']['RegistryCertificate'][];
      /** @description Other heirs who joined this case instead of applying again */
      heirs: components['schemas']['Heir'][];
      form: {
        id: string;
        title: components['schemas']['Bilingual'];
        fields: {
          key: string;
          label: components['schemas']['Bilingual'];
          value: string;
          /** @description The value in words (option labels), null when left empty */
          text: components['schemas']['Bilingual'] | null;
        }[];
      }[];
      materials: {
        code: string;
        name: components['schemas']['Bilingual'];
        neededBy: string[];
        replaceableBy: ('shared-data' | 'e-licence') | null;
        items: {
          id: string;
          kind: string;
          reference: string | null;
          mediaType: string | null;
          fileName: string | null;
          addedAt: string;
          /** @description Came after the application (a correction) */
          isNew: boolean;
          replaces: components['schemas']['ReplacedItem'][];
        }[];
        /** @description Uploads a correction replaced: kept for the record, not current */
        replaced: {
          id: string;
          mediaType: string | null;
          fileName: string | null;
          addedAt: string;
          supersededAt: string | null;
          replacedBy: string;
        }[];
      }[];
      subCases: {
        id: string;
        matter: {
          code: string;
          zh: string;
          en: string;
        };
        department: {
          code: string;
          zh: string;
          en: string;
        };
        state: components['schemas']['SubCaseState'];
        stateLabel: components['schemas']['Bilingual'];
        dueOn: string | null;
        /** @description The due date's year has no official holiday notice loaded (暂定) */
        dueProvisional: boolean;
        regionCode: string;
        version: number;
        decisionNote: string | null;
        requests: components['schemas']['SupplementRequest'][];
      }[];
      documents: {
        id: string;
        kind: components['schemas']['NoticeKind'];
        token: string;
        issuedAt: string;
      }[];
    };
    /** @description Cases of the clerk's region in one state, oldest first */
    WindowQueue: {
      items: components['schemas']['WindowQueueItem'][];
    };
    /** @description A case waiting at the window, with how long it has waited */
    WindowQueueItem: {
      id: string;
      code: string;
      state: components['schemas']['CaseState'];
      channel: components['schemas']['Channel'];
      deceasedNameMasked: string;
      applicantNameMasked: string;
      submittedAt: string;
      waitedMinutes: number;
      ownerName: string | null;
      ownedByMe: boolean;
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
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Both answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
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
      /** @description Something went wrong on the server; nothing submitted was lost. Codes with this status: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The database or the job queue does not answer */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
    };
  };
  listRegions: {
    parameters: {
      query?: {
        level?: 'province' | 'prefecture' | 'county';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Regions where the service is offered */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegionList'];
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
  listMatters: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Matters that can be applied for */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatterList'];
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
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Who is signed in, by `kind` */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'];
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
  signInStaff: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StaffSignInRequest'];
      };
    };
    responses: {
      /** @description Signed in: the staff member, with the session cookie set */
      200: {
        headers: {
          /** @description The session cookie `lb_session` (HttpOnly, SameSite=Lax, Path=/; Secure on https), set on sign-in and cleared on sign-out */
          'Set-Cookie'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StaffMe'];
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
      /** @description Too many requests; try again after `Retry-After` seconds. Codes with this status: `RATE_LIMITED` */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
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
  signOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out: the session ended and its cookie cleared */
      204: {
        headers: {
          /** @description The session cookie `lb_session` (HttpOnly, SameSite=Lax, Path=/; Secure on https), set on sign-in and cleared on sign-out */
          'Set-Cookie'?: string;
          [name: string]: unknown;
        };
        content?: never;
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
  listMyCases: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cases the caller applied for or joined */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseList'];
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
  getCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A case (办件) as the family follows it: its state, its sub-cases and their results */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDetail'];
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
  joinCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['JoinCaseRequest'];
      };
    };
    responses: {
      /** @description A case (办件) as the family follows it: its state, its sub-cases and their results */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDetail'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
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
      /** @description Too many requests; try again after `Retry-After` seconds. Codes with this status: `RATE_LIMITED` */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
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
  correctCaseFields: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CorrectFieldsRequest'];
      };
    };
    responses: {
      /** @description A case (办件) as the family follows it: its state, its sub-cases and their results */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDetail'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
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
  uploadCorrectionMaterial: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        materialCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['FileUpload'];
      };
    };
    responses: {
      /** @description A case (办件) as the family follows it: its state, its sub-cases and their results */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDetail'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
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
  resubmitCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VersionRequest'];
      };
    };
    responses: {
      /** @description A case (办件) as the family follows it: its state, its sub-cases and their results */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDetail'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
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
  attachSupplementFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['FileUpload'];
      };
    };
    responses: {
      /** @description The files waiting to be sent with the answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PendingSupplementFiles'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
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
  removeSupplementFile: {
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
      /** @description The files waiting to be sent with the answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PendingSupplementFiles'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
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
  answerSupplementRequest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SupplementAnswerRequest'];
      };
    };
    responses: {
      /** @description Sent: the sub-case is back with its department, its clock running again */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
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
  confirmCaseReceived: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VersionRequest'];
      };
    };
    responses: {
      /** @description A case (办件) as the family follows it: its state, its sub-cases and their results */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDetail'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
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
  rateCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RatingRequest'];
      };
    };
    responses: {
      /** @description A case (办件) as the family follows it: its state, its sub-cases and their results */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDetail'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
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
  getCaseNotice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        token: string;
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
  getCaseDeathCertificate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        token: string;
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
  getSupervisionDashboard: {
    parameters: {
      query?: {
        /** @description A region (GB/T 2260 code) within your scope; default: your own */
        region?: string;
        /** @description First month of the period (default: eleven months before `to`) */
        from?: string;
        /** @description Last month of the period (default: this month) */
        to?: string;
        /** @description Only this department */
        department?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Supervision's figures for one region and period */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupervisionDashboard'];
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
  listSupervisedSubCases: {
    parameters: {
      query?: {
        status?: 'overdue' | 'at-risk' | 'open';
        /** @description A region (GB/T 2260 code) within your scope; default: your own */
        region?: string;
        /** @description Only this department */
        department?: string;
        matter?: string;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Open sub-cases in scope, soonest due first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupervisedSubCaseList'];
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
  getSupervisedCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A case as a supervisor sees it: its progress, with the family's details masked (the view is audited) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupervisedCase'];
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
  listTimeLimitAlerts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Open sub-cases due soon or overdue */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TimeLimitAlertList'];
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
  listFollowUps: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Follow-ups of poor ratings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FollowUpList'];
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
  revealFollowUpContact: {
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
      /** @description The applicant's full name and mobile number, to call back */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FollowUpContact'];
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
  updateFollowUp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FollowUpUpdateRequest'];
      };
    };
    responses: {
      /** @description Recorded */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
  exportSupervision: {
    parameters: {
      query: {
        /** @description What to export: `dashboard` (every figure, one sheet each); `sub-cases` (the drill-down list of open sub-cases, every page); `follow-ups` (the follow-ups of poor ratings); `time-limits` (sub-cases due soon or overdue) */
        view: 'dashboard' | 'sub-cases' | 'follow-ups' | 'time-limits';
        /** @description A region (GB/T 2260 code) within your scope; default: your own */
        region?: string;
        /** @description First month of the period (dashboard only; default: eleven months before `to`) */
        from?: string;
        /** @description Last month of the period (dashboard only; default: this month) */
        to?: string;
        /** @description Only this department */
        department?: string;
        /** @description sub-cases: which open sub-cases (default `overdue`); time-limits: `overdue` only the overdue, `at-risk` only those due soon (default: both) */
        status?: 'overdue' | 'at-risk' | 'open';
        /** @description Only this matter (sub-cases and time-limits) */
        matter?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workbook, as an attachment */
      200: {
        headers: {
          /** @description inline (to show) or attachment (to save), with the file name where there is one; a name beyond ASCII also as `filename*=UTF-8''…` (RFC 8187) */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
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
  getMonthlyReport: {
    parameters: {
      query?: {
        /** @description A region (GB/T 2260 code) within your scope; default: your own */
        region?: string;
        /** @description The month reported on, YYYY-MM (default: last month) */
        month?: string;
        /** @description `pdf` (A4, printable) or `xlsx` */
        format?: 'pdf' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report in the format asked for, as an attachment */
      200: {
        headers: {
          /** @description inline (to show) or attachment (to save), with the file name where there is one; a name beyond ASCII also as `filename*=UTF-8''…` (RFC 8187) */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': Blob;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
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
  listDrafts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The caller's unfinished applications */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DraftList'];
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
  startDraft: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StartDraftRequest'];
      };
    };
    responses: {
      /** @description Started: the new draft */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Draft'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
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
      /** @description Understood, but the rules refuse it. Codes with this status: `NOT_COVERED`, `QUESTIONS_UNANSWERED` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many requests; try again after `Retry-After` seconds. Codes with this status: `RATE_LIMITED` */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
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
  getDraft: {
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
      /** @description An application being prepared: the merged form, the materials and what is still missing */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Draft'];
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
      /** @description Gone. Codes with this status: `DRAFT_EXPIRED` */
      410: {
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
  saveDraft: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SaveDraftRequest'];
      };
    };
    responses: {
      /** @description An application being prepared: the merged form, the materials and what is still missing */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Draft'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Gone. Codes with this status: `DRAFT_EXPIRED` */
      410: {
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
  uploadDraftMaterial: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        materialCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['FileUpload'];
      };
    };
    responses: {
      /** @description Attached: the draft with the material */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Draft'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Gone. Codes with this status: `DRAFT_EXPIRED` */
      410: {
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
      /** @description Too many requests; try again after `Retry-After` seconds. Codes with this status: `RATE_LIMITED` */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
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
  removeDraftItem: {
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
      /** @description An application being prepared: the merged form, the materials and what is still missing */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Draft'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Gone. Codes with this status: `DRAFT_EXPIRED` */
      410: {
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
  getDraftFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        digest: string;
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
  submitDraft: {
    parameters: {
      query?: never;
      header: {
        /** @description One key per submission; a retry sends the same */
        'idempotency-key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitDraftRequest'];
      };
    };
    responses: {
      /** @description Already submitted with this Idempotency-Key: the case it created */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDetail'];
        };
      };
      /** @description Submitted: the new case */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDetail'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Gone. Codes with this status: `DRAFT_EXPIRED` */
      410: {
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
      /** @description Understood, but the rules refuse it. Codes with this status: `NOT_COVERED`, `QUESTIONS_UNANSWERED` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many requests; try again after `Retry-After` seconds. Codes with this status: `RATE_LIMITED` */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
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
  listMessages: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The caller's in-app messages, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MessageList'];
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
  markMessageRead: {
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
      /** @description Marked (a message already read, or not the caller’s, is left as it is) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
  listDevelopmentSms: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description SMS the development sink held instead of sending */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DevelopmentSmsList'];
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
      /** @description There is no development sink here (a gateway is configured, or production) */
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
  listWindowQueue: {
    parameters: {
      query?: {
        state?: 'submitted' | 'correction_requested' | 'in_progress' | 'ready_for_delivery';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Cases of the clerk's region in one state, oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WindowQueue'];
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
  getWindowCase: {
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
      /** @description The whole application as the window clerk handles it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WindowCase'];
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
  acceptCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VersionRequest'];
      };
    };
    responses: {
      /** @description The whole application as the window clerk handles it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WindowCase'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
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
  rejectCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RejectCaseRequest'];
      };
    };
    responses: {
      /** @description The whole application as the window clerk handles it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WindowCase'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
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
  requestCaseCorrection: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CorrectionNoticeRequest'];
      };
    };
    responses: {
      /** @description The whole application as the window clerk handles it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WindowCase'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
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
  handOverCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HandOverRequest'];
      };
    };
    responses: {
      /** @description The whole application as the window clerk handles it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WindowCase'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
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
  deliverCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VersionRequest'];
      };
    };
    responses: {
      /** @description The whole application as the window clerk handles it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WindowCase'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
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
  attachWindowSupplementFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['FileUpload'];
      };
    };
    responses: {
      /** @description The files waiting to be sent with the answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PendingSupplementFiles'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
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
  removeWindowSupplementFile: {
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
      /** @description The files waiting to be sent with the answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PendingSupplementFiles'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
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
  sendWindowSupplementAnswer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SupplementAnswerRequest'];
      };
    };
    responses: {
      /** @description Sent: the sub-case is back with its department, its clock running again */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
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
  getWindowCaseMaterial: {
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
  recordWindowRating: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RatingRequest'];
      };
    };
    responses: {
      /** @description Recorded */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
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
  listCatalogMatters: {
    parameters: {
      query?: {
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Matters of the current catalog */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CatalogMatterList'];
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
  getGuide: {
    parameters: {
      query?: {
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The unified service guide for a region (统一办事指南) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Guide'];
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
  getMatterGuide: {
    parameters: {
      query?: {
        region?: string;
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The guide for one matter in a region (统一办事指南) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatterGuide'];
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
  getQuestionnaire: {
    parameters: {
      query?: {
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The questions a region's questionnaire may ask, in order */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Questionnaire'];
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
  previewBundle: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BundlePreviewRequest'];
      };
    };
    responses: {
      /** @description The bundle of matters with the reason for each, the material list, and the next question */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BundlePreview'];
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
      /** @description Too many requests; try again after `Retry-After` seconds. Codes with this status: `RATE_LIMITED` */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
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
  getCalendarNotices: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The years whose official holiday notice is loaded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarNotices'];
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
  getDueDate: {
    parameters: {
      query: {
        start: string;
        workingDays: number;
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A due date in working days, with the days skipped and why */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DueDate'];
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
  listCatalogVersions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Published catalog versions, newest (current) first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CatalogVersionList'];
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
  publishCatalogVersion: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CatalogSubmission'];
      };
    };
    responses: {
      /** @description Published: the new current version */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CatalogVersionSummary'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
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
  exportCatalogVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        version: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A catalog version as YAML, ready to edit and publish as a new one */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CatalogExport'];
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
  diffCatalogVersions: {
    parameters: {
      query: {
        from: string;
        to: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description What changed between two catalog versions */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CatalogDiff'];
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
  checkCatalog: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CatalogSubmission'];
      };
    };
    responses: {
      /** @description Its problems, or its difference from the current version */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CatalogCheckResult'];
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
  listDepartmentSubCases: {
    parameters: {
      query?: {
        /** @description A sub-case state, or `all` */
        state?:
          | 'waiting'
          | 'pending'
          | 'in_review'
          | 'returned'
          | 'completed'
          | 'rejected'
          | 'cancelled'
          | 'all';
        /** @description Rows per page, 1 to 200 */
        limit?: number;
        /** @description The `nextCursor` of the page before; none for the first page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the department's sub-cases in its region, oldest submission first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentSubCasePage'];
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
  getDepartmentSubCase: {
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
      /** @description One sub-case opened by its department, with its fields in full (the view is audited) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentSubCase'];
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
  claimSubCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VersionRequest'];
      };
    };
    responses: {
      /** @description One sub-case opened by its department, with its fields in full (the view is audited) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentSubCase'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
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
  completeSubCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompleteSubCaseRequest'];
      };
    };
    responses: {
      /** @description One sub-case opened by its department, with its fields in full (the view is audited) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentSubCase'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
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
  rejectSubCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubCaseReasonRequest'];
      };
    };
    responses: {
      /** @description One sub-case opened by its department, with its fields in full (the view is audited) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentSubCase'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
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
  returnSubCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubCaseReasonRequest'];
      };
    };
    responses: {
      /** @description One sub-case opened by its department, with its fields in full (the view is audited) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentSubCase'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
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
  transferSubCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TransferSubCaseRequest'];
      };
    };
    responses: {
      /** @description One sub-case opened by its department, with its fields in full (the view is audited) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentSubCase'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
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
  getDepartmentSubCaseMaterial: {
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
  listDeathReports: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The institution's current reports, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeathReportList'];
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
  issueDeathReport: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeathReportContent'];
      };
    };
    responses: {
      /** @description The report as filed, with its certificate number and the registry’s state */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IssuedDeathReport'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
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
  getDeathReport: {
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
      /** @description One report in full, with its versions (the view is audited) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeathReportDetail'];
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
  getDeathReportCertificate: {
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
      /** @description The file */
      200: {
        headers: {
          /** @description inline (to show) or attachment (to save), with the file name where there is one; a name beyond ASCII also as `filename*=UTF-8''…` (RFC 8187) */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
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
  correctDeathReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeathReportCorrection'];
      };
    };
    responses: {
      /** @description The report as filed, with its certificate number and the registry’s state */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IssuedDeathReport'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
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
  verifyDeathReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description What the QR code on an e-certificate confirms, without sign-in */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeathReportVerification'];
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
  listHomeDeathReports: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deaths at home reported by families, waiting for the clinic (view audited) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HomeDeathQueue'];
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
  reportHomeDeath: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HomeDeathReport'];
      };
    };
    responses: {
      /** @description The report, now in the clinic’s queue */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HomeDeathReported'];
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
      /** @description Conflicts with the current state or version; read it again. Codes with this status: `ACTION_NOT_ALLOWED`, `STALE_VERSION`, `DEATH_REPORT_EXISTS`, `HOME_DEATH_REPORTED`, `DEATH_ALREADY_CERTIFIED`, `CASE_EXISTS`, `DEATH_NOTICE_ANSWERED`, `IDEMPOTENCY_CONFLICT`, `CATALOG_UNCHANGED`, `CATALOG_VERSION_EXISTS`, `OWNED_BY_OTHER`, `ALREADY_RATED` */
      409: {
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
  listDeathRegistryConflicts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Registry records where issuers disagree */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeathRegistryConflicts'];
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
  resolveDeathRegistryConflict: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConflictResolution'];
      };
    };
    responses: {
      /** @description The registry record after the decision */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeathRegistryRecordState'];
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
  listOffers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Open offers for the caller */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProactiveOfferList'];
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
  getOffer: {
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
      /** @description The offer with what the registry knows (the view is audited) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProactiveOfferDetail'];
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
  declineOffer: {
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
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
  listDeathNotices: {
    parameters: {
      query?: {
        state?: 'sent' | 'acknowledged' | 'all';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The department's death notices, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeathNoticeList'];
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
  getDepartmentDeathNotice: {
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
  acknowledgeDeathNoticeAtWorkbench: {
    parameters: {
      query?: never;
      header?: never;
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
  listOverpayments: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Benefits stopped later than the day after death */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OverpaymentList'];
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
  getExchangeMonitor: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Delivery per party in the administrator’s region */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExchangeMonitor'];
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
  saveExchangeParty: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SavePartyRequest'];
      };
    };
    responses: {
      /** @description The code of the party created or changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SavedParty'];
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
  listExchangeMessages: {
    parameters: {
      query?: {
        state?: 'pending' | 'in_flight' | 'delivered' | 'dead' | 'all';
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A party’s messages, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExchangeMessageList'];
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
  replayExchangeMessages: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReplayRequest'];
      };
    };
    responses: {
      /** @description How many dead-lettered messages go again */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReplayResult'];
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
  issueExchangeCredential: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IssueCredentialRequest'];
      };
    };
    responses: {
      /** @description A new credential or push key, with its secret (shown once) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IssuedSecret'];
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
  revokeExchangeCredential: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        keyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
  issueExchangePushKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A new credential or push key, with its secret (shown once) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IssuedSecret'];
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
  pauseExchangeParty: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PausePartyRequest'];
      };
    };
    responses: {
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
  startCitizenSignIn: {
    parameters: {
      query?: {
        /** @description A same-site path to come back to after sign-in (default /portal) */
        returnTo?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description To the identity service; if sign-in cannot start, to /portal?signInError=1 */
      302: {
        headers: {
          /** @description Where the browser goes next */
          Location?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Too many requests; try again after `Retry-After` seconds. Codes with this status: `RATE_LIMITED` */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  finishCitizenSignIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed in: to the sign-in's returnTo, with the session cookie set; otherwise to /portal?signInError=1 */
      302: {
        headers: {
          /** @description Where the browser goes next */
          Location?: string;
          /** @description The session cookie `lb_session` (HttpOnly, SameSite=Lax, Path=/; Secure on https), set on sign-in and cleared on sign-out */
          'Set-Cookie'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Too many requests; try again after `Retry-After` seconds. Codes with this status: `RATE_LIMITED` */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
}
