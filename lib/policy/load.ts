/**
 * Reading a policy schema from disk, for config. Kept apart from the policy
 * plugin so the processor (which also runs in the browser) needs no file system.
 */
import {readFileSync} from 'node:fs'
import {compilePolicy, PolicyError, type PolicySchema} from './index.js'

/** Reads and compiles a policy schema file; throws a `PolicyError` naming `path`. */
export function loadPolicySchema(path: string): PolicySchema {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new PolicyError(path, `cannot be read: ${(error as Error).message}`)
  }
  let schema: unknown
  try {
    schema = JSON.parse(text)
  } catch (error) {
    throw new PolicyError(path, `is not valid JSON: ${(error as Error).message}`)
  }
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    throw new PolicyError(path, 'must hold a JSON Schema object')
  }
  const policy = {schema, path}
  compilePolicy(policy)
  return policy
}
