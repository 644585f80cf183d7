// The rules engine's sentences in Korean: the same keys as its English (the type checks it), with the names and
// amounts filled in from the scenario's Korean texts. Names take 측 or a colon, so no particle depends on them.
import type { SayKey } from '../../engine';

export const koEngine: Record<SayKey, string> = {
  setting: '{label}: {value}',
  'deal.gives': '제공 {list}',
  'deal.asks': '요구 {list}',
  'deal.both': '{gives}; {asks}',
  'reason.deal': '{actor} 측과의 합의: {setting}',
  'reason.signed': '{actor} 측과 합의에 서명',
  'reason.watch': '{watcher} 측이 지켜봄 — 서울이 {actor} 측에 내준 것: {setting}',
  'reason.reopen': '{actor} 측이 {turn}턴의 합의를 다시 열었습니다: {setting} 철회',
  'reason.renege': '서울이 {actor} 측과의 합의를 파기: {setting} 원상 복귀',
  'reason.brokeWord': '서울이 {actor} 측과의 약속을 어김',
  'reason.renegeAtHome': '{actor} 측에 한 양보를 거둬들인 것이 국내에서 호응을 얻음',
  'reason.unmetDemand': '{actor} 측의 요구가 충족되지 않음: {setting}',
  'reason.keptWord': '서울이 {turn}턴의 합의를 지킴',
  'reason.drift': '따로 공들이지 않아 {actor} 측과의 관계가 제자리로 돌아감',
  'reason.walkAway': '{actor} 측이 인내심을 잃고 협상 테이블을 떠남',
  'reason.event': '{event}',
  'concept.event': '{event}: {story}',
  'concept.entrapment':
    '{actor} 측이 원하는 것을 내준 대가로 {other} 측과의 관계가 {drop}점 떨어졌습니다.',
  'concept.hedgingPriced':
    '{actor} 측으로 한 걸음 다가서자 {other} 측이 값을 매겼습니다: 관계 −{drop}, 신뢰 −{trustDrop}.',
  'concept.hedgingTrust':
    '{actor} 측과의 합의 뒤 {other} 측이 서울에 대한 신뢰를 {trustDrop}만큼 낮췄습니다.',
  'concept.linkage': '여러 쟁점을 묶은 덕분에 {actor} 측이 이 안을 더 높이 평가했습니다: {link}.',
  'concept.direct': '서울이 {actor} 측과 직접 합의에 서명했습니다.',
  'concept.reopenedByEvent':
    '{actor} 측이 이미 끝난 합의를 다시 열었습니다({event}). 합의의 가치는 서명한 쪽의 약속만큼입니다.',
  'concept.reopenedByMood':
    '{actor} 측이 변덕스럽게 마음을 바꿔 이미 끝난 합의를 다시 열었습니다. 합의의 가치는 서명한 쪽의 약속만큼입니다.',
  'concept.reneged': '서울이 {actor} 측과의 합의를 파기했습니다. 상대는 이를 기억할 것입니다.',
  'concept.abandonment':
    '{actor} 측과의 관계가 {level}까지 떨어졌습니다. 서울은 홀로 위협을 감당하게 될까 두려워합니다.',
  'concept.winSetLeverage':
    '서울의 국내 지지율이 더 내줄 여지를 남기지 않았기에 {actor} 측이 덜 받고 합의했습니다.',
  'concept.winSetOutside':
    '{actor} 측이 바라는 것은 서울의 국회가 비준해 줄 수 있는 범위를 벗어납니다.',
  'outcome.tookCounter': '서울이 {actor} 측의 역제안을 받아들였습니다: {deal}.',
  'outcome.walkedAway': '서울이 {actor} 측의 역제안을 거절하고 자리를 떴습니다.',
  'outcome.reneged': '서울이 {actor} 측과의 합의를 파기했습니다.',
  'outcome.turnEnded': '{turn}턴이 끝났습니다.',
  'outcome.accepted': '{actor} 측이 수락했습니다: {deal}.',
  'outcome.countered': '{actor} 측의 역제안: {changes}.',
  'outcome.refused': '{actor} 측이 거절했습니다. 이 안은 필요한 수준에 {short}만큼 못 미칩니다.',
  'outcome.refusedAgainst':
    '{actor} 측이 거절했습니다. 이 안은 필요한 수준에 {short}만큼 못 미칩니다. 걸림돌: {against}.',
  'outcome.refusedLeft':
    '{actor} 측이 거절했습니다. 이 안은 필요한 수준에 {short}만큼 못 미칩니다. {actor} 측은 이번 턴 협상 테이블을 떠났습니다.',
  'outcome.refusedAgainstLeft':
    '{actor} 측이 거절했습니다. 이 안은 필요한 수준에 {short}만큼 못 미칩니다. 걸림돌: {against}. {actor} 측은 이번 턴 협상 테이블을 떠났습니다.',
  'part.amount': '{part} ({amount})',
  'part.trust': '서울에 대한 신뢰 ({trust})',
  'part.winSet': '서울의 좁은 국내 윈셋',
  'part.bottomLine': '{actor} 측의 최저선',
  'part.setting': '{setting}',
  'part.link': '{link}',
  'part.deal': '{deal}',
  'counter.adds': '{setting} 추가',
  'counter.moves': '{was} → {now}',
  'problem.noCounterpart': '"{id}"라는 협상 상대는 없습니다.',
  'problem.notAtTable': '{actor} 측은 이번 턴 협상 테이블에 없습니다.',
  'problem.dealtThisTurn': '{actor} 측과는 이번 턴에 이미 합의했습니다.',
  'problem.outOfPatience': '{actor} 측은 이번 턴 인내심이 바닥났습니다.',
  'problem.answerCounter': '먼저 {actor} 측의 역제안에 답하세요.',
  'problem.empty': '제안에는 내줄 것이나 요구할 것이 하나는 있어야 합니다.',
  'problem.noLever': '"{id}"라는 협상 카드는 없습니다.',
  'problem.twice': '{lever}: 한 제안에 두 번 들어 있습니다.',
  'problem.wrongSideGive': '{lever}: 서울이 내주는 카드이지 요구하는 카드가 아닙니다.',
  'problem.wrongSideAsk': '{lever}: 서울이 요구하는 카드이지 내주는 카드가 아닙니다.',
  'problem.notFor': '{lever}: {actor} 측에는 내밀 수 없는 카드입니다.',
  'problem.outOfRange': '{setting}: 허용 범위를 벗어났습니다.',
  'problem.winSet':
    '국회가 비준하지 않을 것입니다. 지지율이 {approval}까지 떨어져 하한선 {floor}보다 낮아집니다.',
  'problem.noDeal': '{id}번 합의는 유효하지 않습니다.',
  'problem.over': '게임이 끝났습니다.',
  'problem.noCounterToTake': '받아들일 역제안이 없습니다.',
  'problem.noCounterToLeave': '거절할 역제안이 없습니다.',
  'problem.unknownAction': '알 수 없는 행동 "{id}"입니다.',
  'decision.offer': '{actor} 측과의 합의: {deal}',
  'decision.tookCounter': '{actor} 측의 역제안 수락',
  'decision.reneged': '{id}번 합의 파기',
};
