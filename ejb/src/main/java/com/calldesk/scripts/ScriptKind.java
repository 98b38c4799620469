package com.calldesk.scripts;

/** A folder of the tree, a script (what to say) or a knowledge article (what to know). */
public enum ScriptKind {
  FOLDER,
  SCRIPT,
  ARTICLE
}
