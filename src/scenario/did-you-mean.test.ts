import { describe, expect, it } from 'vitest';
import { closestName } from './did-you-mean';

describe('closestName', () => {
  it.each([
    ['titel', ['id', 'title', 'summary'], 'title'],
    ['meanign', ['label', 'meaning', 'min'], 'meaning'],
    ['author', ['authors', 'version'], 'authors'],
    ['Washington', ['washington', 'beijing'], 'washington'],
    ['washington.patiense', ['washington.patience', 'beijing.patience'], 'washington.patience'],
  ])('suggests %s → %s', (name, known, expected) => {
    expect(closestName(name, known)).toBe(expected);
  });

  it.each([
    ['russia', ['washington', 'beijing']],
    ['uk', ['us', 'china']],
    ['title', ['title']],
  ])('suggests nothing for %s when nothing is near', (name, known) => {
    expect(closestName(name, known)).toBeUndefined();
  });
});
