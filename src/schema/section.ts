import { z } from 'zod';
import { Offset } from './common.js';

export interface Section {
  id: string;
  level: number;
  marker: string;
  number: number;
  heading: string;
  start: number;
  end: number;
  text: string;
  children: Section[];
}

export const Section: z.ZodType<Section> = z.object({
  id: z.string().regex(/^\d+(\.\d+)*$/).describe('dotted path of numbers from the top level down'),
  level: z.number().int().positive().describe('depth in the tree, 1 = top'),
  marker: z.string().describe('numbering token exactly as written: 一、 （一） 1. （1） ①'),
  number: z.number().int().describe("the marker's integer value as written"),
  heading: z.string().describe('title without marker and without trailing 。；'),
  start: Offset.describe('start of the node (its marker)'),
  end: Offset.describe('end of the node, children included'),
  text: z.string().describe("the node's own body text, without children"),
  get children() {
    return z.array(Section);
  },
});
