import { describe, expect, it } from 'vitest';
import { closingSection } from '../../../src/parse/responsibilities/closingSection.js';
import { section } from './helpers.js';

describe('closingSection', () => {
  // 一、 [0,100) holding （一） [10,100) with items 1. [20,40) and 2. [50,70): spans stop at their own lines.
  const items = [section('1.1.1', 20, 40), section('1.1.2', 50, 70)];
  const outline = [section('1', 0, 100, [section('1.1', 10, 100, items)])];

  it('is the innermost section holding the list', () => {
    expect(closingSection(outline, 30)?.id).toBe('1.1.1');
  });

  it('is the item the list follows when item spans stop early', () => {
    expect(closingSection(outline, 45)?.id).toBe('1.1.1');
    expect(closingSection(outline, 80)?.id).toBe('1.1.2');
  });

  it('is the heading itself before its first item', () => {
    expect(closingSection(outline, 15)?.id).toBe('1.1');
  });

  it('is null outside every section', () => {
    expect(closingSection(outline, 120)).toBeNull();
  });
});
