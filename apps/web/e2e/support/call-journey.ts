import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/**
 * What the two halves of the call journey share (call-journey.e2e.ts opens the call and
 * submits; call-journey-results.e2e.ts evaluates, awards and shows the results once the
 * deadline has passed). The sequencer (apps/web/jest.e2e.sequencer.cjs) runs the first half first and
 * the second last: the call's window elapses while the other files run, not idle.
 */
export const FIRM = 'ceo.palgong@spillover.demo'; // (주)팔공모빌리티, prefers Korean
export const OTHER_FIRM = 'ceo.hanbit@spillover.demo'; // (주)한빛오토텍, prefers Korean
export const REVIEWER = 'reviewer@spillover.demo'; // Yoon Min-ji, an expert without an organization; English

export const CALL = {
  ko: '2027 전장부품 실증 연계 공모',
  en: 'EV electronics demonstration call 2027',
};
export const FUNDED_TITLE = '800V 구동모듈 SiC 인버터 냉각 실증';
export const REJECTED_TITLE = '차체 경량 부품 이종소재 접합 공정 개선';

/** Where the first half leaves the call for the second; set by the global setup. */
export const STATE_DIR_ENV = 'SPILLOVER_E2E_STATE_DIR';

export interface OpenedCall {
  /** Path of the call's page. */
  callUrl: string;
  /** The call's deadline (epoch ms); both applications were submitted before it. */
  closesAt: number;
  fundedUrl: string;
  rejectedUrl: string;
}

function stateFile(): string {
  const dir = process.env[STATE_DIR_ENV];
  if (!dir)
    throw new Error(`${STATE_DIR_ENV} is not set: run through jest -c jest.e2e.config.cjs.`);
  mkdirSync(dir, { recursive: true });
  return join(dir, 'call-journey.json');
}

export function saveOpenedCall(call: OpenedCall): void {
  writeFileSync(stateFile(), JSON.stringify(call));
}

export function openedCall(): OpenedCall {
  try {
    return JSON.parse(readFileSync(stateFile(), 'utf8')) as OpenedCall;
  } catch {
    throw new Error(
      'call-journey-results.e2e.ts continues call-journey.e2e.ts: run both (e.g. `npx jest -c jest.e2e.config.cjs call-journey`).',
    );
  }
}

/** Confirms a ConfirmButton's dialog with its button of the same name. */
export async function confirm(page: Page, button: Locator, name: string) {
  await button.click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name }).click();
  await dialog.waitFor({ state: 'detached' });
}
