# Sourced by ./mvnw and ./run: selects a Java 25 JDK, whatever the machine's default `java` is
# (17 on ours). Order: $JAVA_HOME if it is 25 or newer, then any JDK 25+ under /usr/lib/jvm.

java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}'; }

pick_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    if [ "$(java_major "$candidate")" -ge 25 ] 2>/dev/null; then echo "$candidate"; return 0; fi
  done
  return 1
}

if ! JAVA_HOME=$(pick_jdk); then
  echo "no JDK 25 found (looked at \$JAVA_HOME and /usr/lib/jvm/*); install Temurin 25." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
