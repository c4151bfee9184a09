/**
 * Every isnad rule, in the order they run and are documented.
 */
import type {RulePlugin} from '../lib/lint/rule.js'
import anonymousSource from './anonymous-source.js'
import vagueSource from './vague-source.js'
import anonymityReason from './anonymity-reason.js'
import pluralAnonymous from './plural-anonymous.js'
import loadedVerb from './loaded-verb.js'
import secondhandSource from './secondhand-source.js'
import unattributedQuote from './unattributed-quote.js'
import danglingContinuation from './dangling-continuation.js'
import duplicatePassage from './duplicate-passage.js'
import quoteBalance from './quote-balance.js'
import anonymousShare from './anonymous-share.js'
import unsourcedClaim from './unsourced-claim.js'

// Rules differ in their options; each checks its own.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const rules: ReadonlyArray<RulePlugin<any>> = [
  anonymousSource,
  vagueSource,
  anonymityReason,
  pluralAnonymous,
  loadedVerb,
  secondhandSource,
  unattributedQuote,
  danglingContinuation,
  duplicatePassage,
  quoteBalance,
  anonymousShare,
  unsourcedClaim
]

export const ruleIds: ReadonlySet<string> = new Set(rules.map((rule) => rule.meta.id))
