class BankException extends RuntimeException {
    final int code;
    BankException(String msg, int code) { super(msg); this.code = code; }
}

class InsufficientFunds extends BankException {
    InsufficientFunds(long missing) { super("missing " + missing, 7); }
}

class Account {
    private long balance;
    void deposit(long v) {
        if (v <= 0) throw new IllegalArgumentException("bad amount " + v);
        balance += v;
    }
    void withdraw(long v) {
        if (v > balance) throw new InsufficientFunds(v - balance);
        balance -= v;
    }
    long balance() { return balance; }
}

public class CustomEx {
    public static void main(String[] args) {
        Account a = new Account();
        a.deposit(100);
        a.withdraw(30);
        System.out.println(a.balance());
        RuntimeException e = new InsufficientFunds(5);
        System.out.println(e.getMessage());
        System.out.println(e);
        System.out.println(new RuntimeException());
        a.withdraw(500);
    }
}
