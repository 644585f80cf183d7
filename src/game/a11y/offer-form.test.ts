import { describe, expect, it } from 'vitest';
import type { OfferAction } from '../../engine';
import { views } from '../../store';
import {
  buildOffer,
  leversFor,
  noneValue,
  packageValues,
  readSlider,
  sliderSpec,
  valueText,
  withDemands,
} from './offer-form';
import { testStore } from '../test-store';

const store = testStore();
const rules = store.getState().rules!;
const lever = (id: string) => rules.leverById[id]!;

/** Sorted settings, so two offers compare whatever order their levers were listed in. */
const sorted = (o: OfferAction) => ({
  ...o,
  gives: [...o.gives].sort((a, b) => a.lever.localeCompare(b.lever)),
  asks: [...o.asks].sort((a, b) => a.lever.localeCompare(b.lever)),
});

describe('the negotiation form', () => {
  it('lists the levers in the order the canvas draws them', () => {
    const gives = leversFor(rules, 'washington', 'give').map((l) => l.id);
    const expected = rules.levers
      .filter((l) => l.side === 'give' && l.counterparts.includes('washington'))
      .map((l) => l.id);
    expect(gives).toEqual(expected);
    expect(gives.length).toBeGreaterThan(0);
  });

  it('makes an empty offer when every lever rests at its none setting', () => {
    const values = packageValues(rules, 'washington');
    for (const l of leversFor(rules, 'washington', 'give')) expect(values[l.id]).toBe(noneValue(l));
    expect(buildOffer(rules, 'washington', values)).toEqual({
      type: 'offer',
      to: 'washington',
      gives: [],
      asks: [],
    });
  });

  it('gives a slider its bounds and step in the lever’s own unit, descending levers too', () => {
    expect(sliderSpec(lever('sma-share'))).toEqual({ min: 1.5, max: 3, step: 0.1 });
    expect(sliderSpec(lever('tariff-autos'))).toEqual({ min: 0, max: 15, step: 2.5 });
  });

  it.each([
    ['sma-share', '1.6000000000000001', 1.6],
    ['sma-share', '2.56', 2.6],
    ['sma-share', '9', 3],
    ['sma-share', 'x', 1.5],
    ['tariff-autos', '12.5', 12.5],
    ['tariff-autos', '-4', 0],
  ])('reads the %s slider at %s as %s', (id, raw, value) => {
    expect(readSlider(lever(id), raw)).toBe(value);
  });

  it('says each setting with its unit, and when it is left out', () => {
    expect(valueText(lever('sma-share'), 2.5)).toBe('$2.5bn/yr');
    expect(valueText(lever('sma-share'), 1.5)).toBe('$1.5bn/yr, not in the package');
    expect(valueText(lever('tariff-autos'), 10)).toBe('10%');
  });

  it('sends exactly the offer it describes, and the engine takes it', () => {
    const values = packageValues(rules, 'washington');
    values['sma-share'] = readSlider(lever('sma-share'), '2.2');
    values['tariff-autos'] = readSlider(lever('tariff-autos'), '10');
    const offer = buildOffer(rules, 'washington', values);
    expect(offer).toEqual({
      type: 'offer',
      to: 'washington',
      gives: [{ lever: 'sma-share', value: 2.2 }],
      asks: [{ lever: 'tariff-autos', value: 10 }],
    });
    expect(store.getState().forecast(offer)?.legal).toBe(true);
  });

  it('loads a package back into the form unchanged (a counter-offer to adjust)', () => {
    const s = store.getState();
    const offers = s.legal().filter((a): a is OfferAction => a.type === 'offer');
    expect(offers.length).toBeGreaterThan(0);
    for (const offer of offers.slice(0, 20)) {
      const values = packageValues(rules, offer.to, [...offer.gives, ...offer.asks]);
      expect(sorted(buildOffer(rules, offer.to, values))).toEqual(sorted(offer));
    }
  });

  it('puts a counterpart’s open demands into the package, never lowering a lever', () => {
    const { game } = store.getState();
    for (const actor of rules.actors) {
      const demands = views.openDemands(rules, game!, actor);
      const values = withDemands(rules, game!, actor, packageValues(rules, actor.id));
      for (const d of demands.filter((x) => values[x.lever] !== undefined))
        expect(values[d.lever]).toEqual(d.value);
    }
  });
});
