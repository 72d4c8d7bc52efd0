/** The five statuses of a checklist item, spelled as reports and the JSON schema spell them. */
export type Status = 'pass' | 'partial' | 'fail' | 'unverified' | 'not-applicable';

export type Risk = 'high' | 'medium' | 'low';

/** One piece of evidence: where, and what was found or missing there. */
export interface Evidence {
  file: string;
  /** 1-based; 0 when the evidence is about a file as a whole or about something absent */
  line: number;
  column?: number;
  message: string;
  /** the message in Korean; absent where the message is copied from the inventory */
  ko?: string;
}

/** The judgement of one checklist item. */
export interface Finding {
  id: string;
  status: Status;
  /** one sentence saying why this status */
  summary: string;
  evidence: Evidence[];
  /** concrete remedy for every status but pass and not-applicable */
  remedy?: string;
  /** the Korean wording of summary and remedy; English stays in summary/remedy */
  ko?: { summary: string; remedy?: string };
  /**
   * A failure that stops the deployment itself (compose builds a Dockerfile that does not exist):
   * it blocks whatever the item's grade.
   */
  blocks?: boolean;
}
