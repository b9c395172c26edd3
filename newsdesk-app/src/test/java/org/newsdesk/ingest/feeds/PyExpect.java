package org.newsdesk.ingest.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluates the {@code Expect:} lines of the feedparser corpus: a small subset of Python
 * expressions (and/or/not, chained == and !=, in, +, subscripts, attributes, calls of len and ord,
 * string, number, tuple, list and dict literals). Names are looked up in an environment of plain
 * values: String, Long, Boolean, List, Map, null for None, and {@link Comparable}-free value types
 * that define their own equality with strings ({@link Equatable}).
 *
 * <p>A subscript or attribute the environment does not expose throws {@link Unsupported}, so a
 * caller can tell "we got it wrong" from "we do not expose that".
 */
final class PyExpect {

  /** A value with its own notion of equality to the literal it is compared with. */
  interface Equatable {
    boolean matches(Object literal);

    /** The value as Python's ord()/len() would see it. */
    String asText();
  }

  /** A map whose unknown keys are not "missing" but "not exposed by our records". */
  static final class Exposed {
    final Map<String, Object> values;

    Exposed(Map<String, Object> values) {
      this.values = values;
    }

    Object get(String key) {
      if (!values.containsKey(key)) {
        throw new Unsupported(key);
      }
      return values.get(key);
    }
  }

  static final class Unsupported extends RuntimeException {
    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  // ---- AST ----

  sealed interface Node permits And, Or, Not, Compare, Add, Index, Attr, Call, Lit, Name, Tuple,
      Dict {}

  record And(List<Node> parts) implements Node {}

  record Or(List<Node> parts) implements Node {}

  record Not(Node inner) implements Node {}

  record Compare(List<Node> operands, List<String> ops) implements Node {}

  record Add(Node left, Node right) implements Node {}

  record Index(Node target, Node index) implements Node {}

  record Attr(Node target, String name) implements Node {}

  record Call(String function, List<Node> args) implements Node {}

  record Lit(Object value) implements Node {}

  record Name(String name) implements Node {}

  record Tuple(List<Node> items) implements Node {}

  record Dict(List<Node> keys, List<Node> values) implements Node {}

  /** The top-level conjuncts of an expression (the whole expression if it is not an "and"). */
  static List<Node> clauses(Node n) {
    return n instanceof And a ? a.parts() : List.of(n);
  }

  static Node parse(String source) {
    Parser p = new Parser(tokenize(source));
    Node n = p.or();
    if (p.pos != p.tokens.size()) {
      throw new IllegalArgumentException("trailing tokens in " + source);
    }
    return n;
  }

  static boolean truthy(Object v) {
    if (v == null) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof Long l) {
      return l != 0;
    }
    if (v instanceof String s) {
      return !s.isEmpty();
    }
    if (v instanceof List<?> l) {
      return !l.isEmpty();
    }
    if (v instanceof Equatable e) {
      return !e.asText().isEmpty();
    }
    return true;
  }

  static Object eval(Node n, Map<String, Object> env) {
    if (n instanceof And a) {
      Object v = Boolean.TRUE;
      for (Node p : a.parts()) {
        v = eval(p, env);
        if (!truthy(v)) {
          return v;
        }
      }
      return v;
    }
    if (n instanceof Or o) {
      Object v = Boolean.FALSE;
      for (Node p : o.parts()) {
        v = eval(p, env);
        if (truthy(v)) {
          return v;
        }
      }
      return v;
    }
    if (n instanceof Not x) {
      return !truthy(eval(x.inner(), env));
    }
    if (n instanceof Compare c) {
      Object left = eval(c.operands().get(0), env);
      for (int i = 0; i < c.ops().size(); i++) {
        Object right = eval(c.operands().get(i + 1), env);
        String op = c.ops().get(i);
        boolean ok = op.equals("==") ? equal(left, right)
            : op.equals("!=") ? !equal(left, right)
            : op.equals("in") ? contains(right, left)
            : !contains(right, left);
        if (!ok) {
          return false;
        }
        left = right;
      }
      return true;
    }
    if (n instanceof Add a) {
      Object l = eval(a.left(), env);
      Object r = eval(a.right(), env);
      if (l instanceof String ls && r instanceof String rs) {
        return ls + rs;
      }
      if (l instanceof Long ll && r instanceof Long rl) {
        return ll + rl;
      }
      throw new Unsupported("+ on " + l + " and " + r);
    }
    if (n instanceof Index ix) {
      return subscript(eval(ix.target(), env), eval(ix.index(), env));
    }
    if (n instanceof Attr at) {
      Object target = eval(at.target(), env);
      if (target instanceof Exposed e) {
        return e.get(at.name());
      }
      throw new Unsupported("." + at.name());
    }
    if (n instanceof Call call) {
      List<Object> args = new ArrayList<>();
      for (Node a : call.args()) {
        args.add(eval(a, env));
      }
      if (call.function().equals("len")) {
        return (long) length(args.get(0));
      }
      if (call.function().equals("ord")) {
        String s = text(args.get(0));
        if (s == null || s.codePointCount(0, s.length()) != 1) {
          return -1L;
        }
        return (long) s.codePointAt(0);
      }
      throw new Unsupported(call.function() + "()");
    }
    if (n instanceof Lit l) {
      return l.value();
    }
    if (n instanceof Name name) {
      switch (name.name()) {
        case "None":
          return null;
        case "True":
          return true;
        case "False":
          return false;
        default:
          if (!env.containsKey(name.name())) {
            throw new Unsupported(name.name());
          }
          return env.get(name.name());
      }
    }
    if (n instanceof Tuple t) {
      List<Object> items = new ArrayList<>();
      for (Node i : t.items()) {
        items.add(eval(i, env));
      }
      return items;
    }
    throw new Unsupported("dict literal");
  }

  private static Object subscript(Object target, Object index) {
    if (target instanceof Exposed e && index instanceof String key) {
      return e.get(key);
    }
    if (target instanceof List<?> list && index instanceof Long i) {
      int at = (int) (i < 0 ? list.size() + i : i);
      if (at < 0 || at >= list.size()) {
        return new IndexError(list instanceof Rows rows ? rows.keys : null);
      }
      return list.get(at);
    }
    if (target instanceof IndexError e) {
      if (index instanceof String key && e.keys != null && !e.keys.contains(key)) {
        throw new Unsupported(key);
      }
      return new IndexError(null);
    }
    if (target == null) {
      return new IndexError(null);
    }
    throw new Unsupported("[" + index + "] on " + target.getClass().getSimpleName());
  }

  /** A list of {@link Exposed} maps that knows their keys, even when it is empty. */
  static final class Rows extends ArrayList<Object> {
    final java.util.Set<String> keys;

    Rows(java.util.Set<String> keys) {
      this.keys = keys;
    }
  }

  /** What Python would raise: the expectation is simply false. */
  static final class IndexError {
    final java.util.Set<String> keys;

    IndexError(java.util.Set<String> keys) {
      this.keys = keys;
    }

    @Override
    public boolean equals(Object o) {
      return false;
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }

  private static String text(Object v) {
    if (v instanceof Equatable e) {
      return e.asText();
    }
    return v instanceof String s ? s : null;
  }

  private static int length(Object v) {
    if (v instanceof List<?> l) {
      return l.size();
    }
    String s = text(v);
    if (s != null) {
      return s.length();
    }
    throw new Unsupported("len of " + v);
  }

  static boolean equal(Object a, Object b) {
    if (a instanceof IndexError || b instanceof IndexError) {
      return false;
    }
    if (a instanceof Equatable e) {
      return e.matches(b);
    }
    if (b instanceof Equatable e) {
      return e.matches(a);
    }
    if (a instanceof List<?> la && b instanceof List<?> lb) {
      if (la.size() != lb.size()) {
        return false;
      }
      for (int i = 0; i < la.size(); i++) {
        if (!equal(la.get(i), lb.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Boolean ba && b instanceof Long lb) {
      return (ba ? 1L : 0L) == lb;
    }
    if (b instanceof Boolean bb && a instanceof Long la) {
      return (bb ? 1L : 0L) == la;
    }
    return Objects.equals(a, b);
  }

  private static boolean contains(Object container, Object item) {
    if (container instanceof List<?> l) {
      for (Object o : l) {
        if (equal(o, item)) {
          return true;
        }
      }
      return false;
    }
    String s = text(container);
    String i = text(item);
    if (s != null && i != null) {
      return s.contains(i);
    }
    throw new Unsupported("in " + container);
  }

  // ---- tokens and grammar ----

  private record Token(String kind, String text, Object value) {}

  private static List<Token> tokenize(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'' || c == '"'
          || (c == 'u' || c == 'b' || c == 'r' || c == 'U' || c == 'B' || c == 'R')
          && i + 1 < s.length() && (s.charAt(i + 1) == '\'' || s.charAt(i + 1) == '"')) {
        boolean raw = c == 'r' || c == 'R';
        if (c != '\'' && c != '"') {
          i++;
        }
        char q = s.charAt(i);
        boolean triple = s.startsWith(String.valueOf(q).repeat(3), i);
        i += triple ? 3 : 1;
        StringBuilder b = new StringBuilder();
        while (true) {
          if (i >= s.length()) {
            throw new IllegalArgumentException("unterminated string in " + s);
          }
          if (triple ? s.startsWith(String.valueOf(q).repeat(3), i) : s.charAt(i) == q) {
            i += triple ? 3 : 1;
            break;
          }
          char d = s.charAt(i);
          if (d == '\\' && !raw) {
            char e = s.charAt(i + 1);
            i += 2;
            switch (e) {
              case 'n' -> b.append('\n');
              case 't' -> b.append('\t');
              case 'r' -> b.append('\r');
              case '0' -> b.append('\0');
              case 'x' -> {
                b.append((char) Integer.parseInt(s.substring(i, i + 2), 16));
                i += 2;
              }
              case 'u' -> {
                b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                i += 4;
              }
              case 'U' -> {
                b.appendCodePoint(Integer.parseInt(s.substring(i, i + 8), 16));
                i += 8;
              }
              case '\n' -> {
                // line continuation
              }
              default -> b.append(e);
            }
          } else {
            b.append(d);
            i++;
          }
        }
        out.add(new Token("str", null, b.toString()));
      } else if (Character.isDigit(c) || c == '-' && i + 1 < s.length()
          && Character.isDigit(s.charAt(i + 1)) && lastIsOperator(out)) {
        int j = i + 1;
        while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
          j++;
        }
        String num = s.substring(i, j);
        out.add(new Token("num", null, num.contains(".") ? (Object) Double.parseDouble(num)
            : (Object) Long.parseLong(num)));
        i = j;
      } else if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
          j++;
        }
        out.add(new Token("name", s.substring(i, j), null));
        i = j;
      } else if (s.startsWith("==", i) || s.startsWith("!=", i)) {
        out.add(new Token("op", s.substring(i, i + 2), null));
        i += 2;
      } else if ("()[]{},.:+".indexOf(c) >= 0) {
        out.add(new Token("op", String.valueOf(c), null));
        i++;
      } else {
        throw new IllegalArgumentException("unexpected '" + c + "' in " + s);
      }
    }
    return out;
  }

  private static boolean lastIsOperator(List<Token> out) {
    return out.isEmpty() || out.get(out.size() - 1).kind().equals("op")
        && !out.get(out.size() - 1).text().equals(")")
        && !out.get(out.size() - 1).text().equals("]");
  }

  private static final class Parser {
    final List<Token> tokens;
    int pos;

    Parser(List<Token> tokens) {
      this.tokens = tokens;
    }

    boolean at(String text) {
      return pos < tokens.size() && text.equals(tokens.get(pos).text());
    }

    boolean atName(String name) {
      return pos < tokens.size() && tokens.get(pos).kind().equals("name")
          && tokens.get(pos).text().equals(name);
    }

    void expect(String text) {
      if (!at(text)) {
        throw new IllegalArgumentException("expected " + text + " at token " + pos);
      }
      pos++;
    }

    Node or() {
      List<Node> parts = new ArrayList<>(List.of(and()));
      while (atName("or")) {
        pos++;
        parts.add(and());
      }
      return parts.size() == 1 ? parts.get(0) : new Or(parts);
    }

    Node and() {
      List<Node> parts = new ArrayList<>(List.of(not()));
      while (atName("and")) {
        pos++;
        parts.add(not());
      }
      if (parts.size() == 1) {
        return parts.get(0);
      }
      List<Node> flat = new ArrayList<>();
      for (Node p : parts) {
        flat.addAll(clauses(p));
      }
      return new And(flat);
    }

    Node not() {
      if (atName("not")) {
        pos++;
        return new Not(not());
      }
      return comparison();
    }

    Node comparison() {
      List<Node> operands = new ArrayList<>(List.of(sum()));
      List<String> ops = new ArrayList<>();
      while (true) {
        if (at("==") || at("!=")) {
          ops.add(tokens.get(pos++).text());
        } else if (atName("in")) {
          pos++;
          ops.add("in");
        } else if (atName("not") && pos + 1 < tokens.size()
            && "in".equals(tokens.get(pos + 1).text())) {
          pos += 2;
          ops.add("not in");
        } else {
          break;
        }
        operands.add(sum());
      }
      return ops.isEmpty() ? operands.get(0) : new Compare(operands, ops);
    }

    Node sum() {
      Node left = postfix();
      while (at("+")) {
        pos++;
        left = new Add(left, postfix());
      }
      return left;
    }

    Node postfix() {
      Node n = primary();
      while (true) {
        if (at("[")) {
          pos++;
          Node index = or();
          expect("]");
          n = new Index(n, index);
        } else if (at(".")) {
          pos++;
          n = new Attr(n, tokens.get(pos++).text());
        } else {
          return n;
        }
      }
    }

    Node primary() {
      Token t = tokens.get(pos++);
      switch (t.kind()) {
        case "str", "num" -> {
          return new Lit(t.value());
        }
        case "name" -> {
          if (at("(")) {
            pos++;
            List<Node> args = new ArrayList<>();
            while (!at(")")) {
              args.add(or());
              if (at(",")) {
                pos++;
              }
            }
            expect(")");
            return new Call(t.text(), args);
          }
          return new Name(t.text());
        }
        default -> {
          if (t.text().equals("(") || t.text().equals("[")) {
            String close = t.text().equals("(") ? ")" : "]";
            List<Node> items = new ArrayList<>();
            boolean comma = false;
            while (!at(close)) {
              items.add(or());
              if (at(",")) {
                pos++;
                comma = true;
              }
            }
            expect(close);
            return items.size() == 1 && !comma && close.equals(")") ? items.get(0)
                : new Tuple(items);
          }
          if (t.text().equals("{")) {
            List<Node> keys = new ArrayList<>();
            List<Node> values = new ArrayList<>();
            while (!at("}")) {
              keys.add(or());
              expect(":");
              values.add(or());
              if (at(",")) {
                pos++;
              }
            }
            expect("}");
            return new Dict(keys, values);
          }
          throw new IllegalArgumentException("unexpected " + t.text());
        }
      }
    }
  }
}
