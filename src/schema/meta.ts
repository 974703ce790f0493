import { z } from 'zod';

export const BasisDocument = z.object({
  title: z.string().describe('title of the cited document, without 《》'),
  docNumber: z.string().nullable().describe('its 发文字号 when cited, e.g. 国发〔2019〕4号'),
});

export const Period = z.object({
  start: z.number().int(),
  end: z.number().int(),
});

export const Meta = z.object({
  title: z.string().nullable().describe("the plan's own title, not the wrapping notice's"),
  docNumber: z.string().nullable().describe('发文字号, e.g. 滨江府发〔2020〕44号'),
  issuer: z.string().nullable().describe('issuing organ(s); joint issuers joined with 、'),
  issueDate: z.iso.date().nullable().describe('ISO date of the signature block'),
  recipients: z.array(z.string()).describe('主送机关 of the notice, [] if none'),
  draft: z.boolean().describe('true for 征求意见稿 / 草案'),
  period: Period.nullable().describe('plan period stated in the title block'),
  basis: z.array(BasisDocument).describe('documents cited as the basis in the preamble'),
});

export type Meta = z.infer<typeof Meta>;
export type BasisDocument = z.infer<typeof BasisDocument>;
